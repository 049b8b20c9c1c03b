export const id = 205;
export const ids = [205];
export const modules = {

/***/ 5205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportFilePath: () => (/* binding */ reportFilePath),
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_src_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3653);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(416);
/**
 * Report files an action writes (SARIF, JUnit, JSON) for later steps: where
 * they go and how they are written, the same for every action.
 */




/**
 * The path an input names, else `defaultName` under RUNNER_TEMP, which the
 * runner empties after the job, so nothing lands in the user's workspace.
 */
function reportFilePath(input, defaultName) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getString */ .AA)(input) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), defaultName));
}
/** Writes a report file whole or not at all; a failure names the input that chose the path. */
function writeReportFile(input, path, text) {
    (0,_core_src_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTextAtomic */ .Q)(path, text, `Input "${input}" (${path})`);
}


/***/ })

};
