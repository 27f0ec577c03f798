#include "configdir.h"

#include <QDir>
#include <QStandardPaths>

namespace berth {

QString configDir(const QString &override)
{
    if (!override.isEmpty())
        return QDir::cleanPath(override);
    const QString fromEnv = qEnvironmentVariable("BERTH_CONFIG_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(fromEnv);
    // Not AppConfigLocation: that depends on QCoreApplication's names, which tests and tools set
    // differently; the folder must be the same for the GUI and berthctl.
    return QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                           + QStringLiteral("/Berth"));
}

} // namespace berth
