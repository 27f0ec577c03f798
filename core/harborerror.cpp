#include "harborerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace berth {

QString HarborErrors::serverMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(64 * 1024));
    const QJsonArray errors = doc.object().value("errors"_L1).toArray();
    QStringList texts;
    for (const QJsonValue &e : errors) {
        const QString message = e.toObject().value("message"_L1).toString().simplified();
        if (!message.isEmpty())
            texts << message;
    }
    return texts.join(u"; "_s);
}

Error HarborErrors::fromHttp(int status, const QByteArray &body, const QString &registry, const QString &subject)
{
    const QString server = serverMessage(body);
    const QString said = server.isEmpty() ? QString() : tr(" (Harbor says: %1)").arg(server);
    switch (status) {
    case 401:
        return Error::make(ErrorKind::Unauthorized,
                           tr("Harbor at %1 refused access to %2 without valid credentials%3; check the user name "
                              "and password, or log in.").arg(registry, subject, said),
                           status, u"UNAUTHORIZED"_s);
    case 403:
        if (server.contains("CSRF"_L1, Qt::CaseInsensitive))
            return Error::make(ErrorKind::Denied,
                               tr("Harbor at %1 rejected a write to %2 as a CSRF failure%3; the request must not "
                                  "carry a session cookie.").arg(registry, subject, said),
                               status, u"FORBIDDEN"_s);
        return Error::make(ErrorKind::Denied,
                           tr("Harbor at %1 denied access to %2: this account lacks the permission%3.")
                               .arg(registry, subject, said),
                           status, u"FORBIDDEN"_s);
    case 404:
        return Error::make(ErrorKind::NotFound, tr("%1 was not found on Harbor at %2%3.").arg(subject, registry, said),
                           status, u"NOT_FOUND"_s);
    case 400:
    case 422:
        return Error::make(ErrorKind::InvalidInput,
                           tr("Harbor at %1 rejected the request for %2 as invalid%3.").arg(registry, subject, said),
                           status, u"BAD_REQUEST"_s);
    case 409:
        return Error::make(ErrorKind::Server, tr("%1 already exists on Harbor at %2%3.").arg(subject, registry, said),
                           status, u"CONFLICT"_s);
    case 412:
        return Error::make(ErrorKind::Server,
                           tr("%1 on Harbor at %2 is not empty and cannot be deleted%3; delete what it contains "
                              "first.").arg(subject, registry, said),
                           status, u"PRECONDITION"_s);
    default:
        break;
    }
    return Error::make(ErrorKind::Server,
                       tr("Harbor at %1 answered HTTP %2 for %3%4.").arg(registry).arg(status).arg(subject, said),
                       status);
}

} // namespace berth
