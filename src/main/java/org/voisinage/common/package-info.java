/** Small pieces every module may use: typed exceptions, text helpers. Depends on no other module. */
// The shared kernel. OPEN: every module may use any of its types (Modulith does not check access to an open module's
// internals and leaves it out of cycle detection), and every module lists it in its allowed dependencies.
// Its own list is empty: common may never depend on another module, or every module would depend on that one too.
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.voisinage.common;
