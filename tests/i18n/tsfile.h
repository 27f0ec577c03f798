#pragma once
// Reads a Qt Linguist .ts file for the translation tests, and runs lupdate the way the build does.

#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace berth::test {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString type;               // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;   // one per plural form, or one

    bool live() const { return type != u"vanished" && type != u"obsolete"; }
    bool finished() const
    {
        if (type == u"unfinished" || translations.isEmpty())
            return false;
        for (const QString &t : translations) {
            if (t.isEmpty())
                return false;
        }
        return true;
    }
    QString describe() const { return context + u": \"" + source + u'"'; }
};

inline QList<TsMessage> readTsFile(const QString &path, QString *error = nullptr)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = TsMessage{context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError() && error)
        *error = xml.errorString();
    return messages;
}

// lupdate over the folders the build scans (cmake/BerthTranslations.cmake), into tsPath.
inline QString runLupdate(const QString &lupdate, const QString &sourceDir, const QString &tsPath,
                          const QString &language, bool pluralOnly = false)
{
    QStringList args{QStringLiteral("-recursive"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                     QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                     QStringLiteral("cli"), QStringLiteral("-target-language"), language, QStringLiteral("-ts"), tsPath};
    if (pluralOnly)
        args << QStringLiteral("-pluralonly");
    QProcess process;
    process.setWorkingDirectory(sourceDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(process.readAll()) + process.errorString();
    return {};
}

} // namespace berth::test
