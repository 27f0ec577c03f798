#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QtGlobal>

namespace berth {

namespace {
struct LogState {
    QMutex mutex;
    QFile file;
    QString path;
    qint64 maxBytes = 0;
    int keep = 0;
    QtMessageHandler previous = nullptr;
};

LogState &state()
{
    static LogState s;
    return s;
}

void rotate(LogState &s)
{
    s.file.close();
    QFile::remove(s.path + u'.' + QString::number(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(s.path + u'.' + QString::number(i), s.path + u'.' + QString::number(i + 1));
    QFile::rename(s.path, s.path + QStringLiteral(".1"));
    s.file.setFileName(s.path);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
            const QByteArray line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levels[qBound(0, int(type), 4)] + ' ' + (context.category ? context.category : "default") + ": "
                + message.toUtf8() + '\n';
            s.file.write(line);
            s.file.flush();
            if (s.file.size() > s.maxBytes)
                rotate(s);
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}
} // namespace

bool installLogFile(const QString &folder, qint64 maxBytes, int keep)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!QDir().mkpath(folder))
        return false;
    s.path = QDir(folder).filePath(QStringLiteral("berth.log"));
    s.maxBytes = maxBytes;
    s.keep = qMax(1, keep);
    s.file.setFileName(s.path);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    s.previous = qInstallMessageHandler(handler);
    return true;
}

QString logFilePath()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.path : QString();
}

} // namespace berth
