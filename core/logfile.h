#pragma once
// A rotating log file for the desktop application: every qDebug/qInfo/qWarning line of the enabled
// logging categories goes to <folder>/berth.log, which rolls over to berth.log.1 .. .N when full.
// The core never logs secrets, so neither does this file.

#include <QString>

namespace berth {

// Installs the message handler (messages still reach stderr). Returns false when the folder
// cannot be written; then nothing is installed.
bool installLogFile(const QString &folder, qint64 maxBytes = 1024 * 1024, int keep = 3);

// The file in use, or empty.
QString logFilePath();

} // namespace berth
