/** Small value types and helpers (kept values, rendered fragments) every module may use. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.stint.shared;

import org.springframework.modulith.ApplicationModule;
