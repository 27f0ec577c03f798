#pragma once
// Where Berth keeps its configuration (saved registries), shared by the GUI and berthctl.

#include <QString>

namespace berth {

// override if not empty, else $BERTH_CONFIG_DIR, else the platform's per-user config folder
// for "Berth" (~/.config/Berth on Linux).
QString configDir(const QString &override = {});

} // namespace berth
