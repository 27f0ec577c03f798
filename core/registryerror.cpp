#include "registryerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

constexpr qsizetype MaxErrorBody = 64 * 1024;
constexpr qsizetype MaxShownServerText = 300;

// Server text goes into a one-line message: no control characters, bounded length.
QString oneLine(const QString &text)
{
    QString s = text;
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    s = s.simplified();
    if (s.size() > MaxShownServerText)
        s = s.left(MaxShownServerText - 1) + u'…';
    return s;
}

// Text worth showing from a body that is not a registry error document: a short plain-text line
// ("404 page not found") or an HTML page's title.
QString plainBodyText(const QByteArray &body)
{
    const QByteArray head = body.left(MaxErrorBody);
    if (head.contains('<')) {
        static const QRegularExpression title(u"<title[^>]*>([^<]*)</title>"_s,
                                              QRegularExpression::CaseInsensitiveOption);
        return oneLine(title.match(QString::fromUtf8(head)).captured(1));
    }
    const QString text = QString::fromUtf8(head).trimmed();
    if (text.isEmpty() || text.size() > MaxShownServerText || text.startsWith(u'{') || text.startsWith(u'['))
        return {};
    return oneLine(text);
}

std::optional<ErrorKind> kindOfCode(const QString &code)
{
    static const QHash<QString, ErrorKind> kinds = {
        {u"BLOB_UNKNOWN"_s, ErrorKind::NotFound},
        {u"BLOB_UPLOAD_UNKNOWN"_s, ErrorKind::NotFound},
        {u"MANIFEST_UNKNOWN"_s, ErrorKind::NotFound},
        {u"NAME_UNKNOWN"_s, ErrorKind::NotFound},
        {u"BLOB_UPLOAD_INVALID"_s, ErrorKind::Protocol},
        {u"MANIFEST_INVALID"_s, ErrorKind::Protocol},
        {u"MANIFEST_UNVERIFIED"_s, ErrorKind::Protocol},
        {u"MANIFEST_BLOB_UNKNOWN"_s, ErrorKind::Protocol},
        {u"DIGEST_INVALID"_s, ErrorKind::Integrity},
        {u"SIZE_INVALID"_s, ErrorKind::Integrity},
        {u"NAME_INVALID"_s, ErrorKind::InvalidInput},
        {u"TAG_INVALID"_s, ErrorKind::InvalidInput},
        {u"PAGINATION_NUMBER_INVALID"_s, ErrorKind::InvalidInput},
        {u"UNAUTHORIZED"_s, ErrorKind::Unauthorized},
        {u"DENIED"_s, ErrorKind::Denied},
        {u"UNSUPPORTED"_s, ErrorKind::Unsupported},
        {u"TOOMANYREQUESTS"_s, ErrorKind::RateLimited},
    };
    const auto it = kinds.constFind(code);
    return it == kinds.constEnd() ? std::nullopt : std::optional<ErrorKind>(*it);
}

ErrorKind kindOfStatus(int status)
{
    switch (status) {
    case 401: return ErrorKind::Unauthorized;
    case 403: return ErrorKind::Denied;
    case 404: return ErrorKind::NotFound;
    case 405: return ErrorKind::Unsupported;
    case 429: return ErrorKind::RateLimited;
    default: break;
    }
    if (status >= 400 && status < 500)
        return ErrorKind::Protocol;
    return ErrorKind::Server;
}

} // namespace

QList<RegistryErrorEntry> parseErrorBody(const QByteArray &body)
{
    QList<RegistryErrorEntry> out;
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(MaxErrorBody));
    const QJsonArray errors = doc.object().value(u"errors").toArray();
    for (const QJsonValue &v : errors) {
        const QJsonObject o = v.toObject();
        RegistryErrorEntry e;
        e.code = o.value(u"code").toString();
        e.message = o.value(u"message").toString();
        const QJsonValue detail = o.value(u"detail");
        if (detail.isString())
            e.detail = detail.toString();
        else if (detail.isObject())
            e.detail = QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact));
        else if (detail.isArray())
            e.detail = QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
        else if (detail.isDouble() || detail.isBool())
            e.detail = detail.toVariant().toString();
        if (!e.code.isEmpty() || !e.message.isEmpty())
            out.append(e);
    }
    return out;
}

Error RegistryErrors::fromHttp(int status, const QByteArray &body, const ErrorContext &ctx)
{
    const QList<RegistryErrorEntry> entries = parseErrorBody(body);
    const RegistryErrorEntry first = entries.value(0);
    ErrorKind kind = kindOfCode(first.code).value_or(kindOfStatus(status));
    if (status == 401)
        kind = ErrorKind::Unauthorized; // whatever the code says, the fix is to log in
    else if (status >= 500 && !kindOfCode(first.code))
        kind = ErrorKind::Server;

    const QString registry = ctx.registry.isEmpty() ? tr("the registry") : ctx.registry;
    const QString subject = ctx.subject.isEmpty() ? registry : ctx.subject;
    const bool isDelete = ctx.operation == u"delete";

    QString message;
    switch (kind) {
    case ErrorKind::Unauthorized:
        message = tr("Registry %1 refused access to %2 without valid credentials; log in with a user that may use it.")
                      .arg(registry, subject);
        break;
    case ErrorKind::Denied:
        message = ctx.operation.isEmpty()
            ? tr("Permission denied for %1 on registry %2; ask its administrator for access.").arg(subject, registry)
            : tr("Permission to %1 %2 was denied by registry %3; ask its administrator for that right.")
                  .arg(ctx.operation, subject, registry);
        break;
    case ErrorKind::NotFound:
        message = isDelete
            ? tr("%1 was not found on registry %2 (perhaps it was already deleted); refresh and check the name.")
                  .arg(subject, registry)
            : tr("%1 was not found on registry %2; check the repository name, tag or digest.").arg(subject, registry);
        break;
    case ErrorKind::Unsupported:
        message = isDelete
            ? tr("Deletion is disabled on registry %1 (storage.delete.enabled is false on the server); ask its "
                 "administrator to enable it.")
                  .arg(registry)
            : tr("Registry %1 does not allow this operation on %2 (HTTP %3); it may be read-only or a "
                 "pull-through cache.")
                  .arg(registry, subject)
                  .arg(status);
        break;
    case ErrorKind::RateLimited:
        message = tr("Registry %1 is limiting the rate of requests for %2; wait a few minutes and try again.")
                      .arg(registry, subject);
        break;
    case ErrorKind::Integrity:
        message = tr("Registry %1 rejected the content sent for %2 because its digest or size did not match; retry "
                     "the transfer.")
                      .arg(registry, subject);
        break;
    case ErrorKind::InvalidInput:
        message = tr("Registry %1 rejected %2 as invalid (HTTP %3); check the name, tag and arguments.")
                      .arg(registry, subject)
                      .arg(status);
        break;
    case ErrorKind::Server:
        message = tr("Registry %1 failed while handling %2 (HTTP %3); try again later or check the registry's logs.")
                      .arg(registry, subject)
                      .arg(status);
        break;
    default:
        message = tr("Registry %1 rejected the request for %2 (HTTP %3); check the registry's logs.")
                      .arg(registry, subject)
                      .arg(status);
        break;
    }

    QString serverText = oneLine(first.message);
    if (serverText.isEmpty() && entries.isEmpty())
        serverText = plainBodyText(body);
    if (!serverText.isEmpty())
        message = tr("%1 The registry said: %2").arg(message, serverText);

    return Error::make(kind, message, status, first.code);
}

QStringList RegistryErrors::warnings(const QList<QByteArray> &warningHeaderValues)
{
    // warning-value = warn-code SP warn-agent SP warn-text [SP warn-date], comma-separated.
    QStringList out;
    for (const QByteArray &h : warningHeaderValues) {
        qsizetype pos = 0;
        while (pos < h.size()) {
            while (pos < h.size() && (h.at(pos) == ' ' || h.at(pos) == '\t' || h.at(pos) == ','))
                ++pos;
            const qsizetype codeStart = pos;
            while (pos < h.size() && h.at(pos) >= '0' && h.at(pos) <= '9')
                ++pos;
            const QByteArray code = h.mid(codeStart, pos - codeStart);
            while (pos < h.size() && h.at(pos) == ' ')
                ++pos;
            while (pos < h.size() && h.at(pos) != ' ' && h.at(pos) != '"' && h.at(pos) != ',')
                ++pos; // warn-agent
            while (pos < h.size() && h.at(pos) == ' ')
                ++pos;
            if (pos >= h.size() || h.at(pos) != '"') {
                while (pos < h.size() && h.at(pos) != ',')
                    ++pos; // malformed: skip to the next warning
                continue;
            }
            QByteArray text;
            for (++pos; pos < h.size();) {
                const char c = h.at(pos++);
                if (c == '"')
                    break;
                if (c != '\\')
                    text += c;
                else if (pos < h.size())
                    text += h.at(pos++);
            }
            // An optional quoted warn-date follows; skip it.
            while (pos < h.size() && h.at(pos) == ' ')
                ++pos;
            if (pos < h.size() && h.at(pos) == '"') {
                const qsizetype close = h.indexOf('"', pos + 1);
                pos = close < 0 ? h.size() : close + 1;
            }
            const QString shown = oneLine(QString::fromUtf8(text));
            if (code == "299" && !shown.isEmpty() && !out.contains(shown))
                out.append(shown);
        }
    }
    return out;
}

} // namespace berth
