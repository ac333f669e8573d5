/** Small pieces every module may use: typed exceptions, text helpers. Depends on no other module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.voisinage.common;
