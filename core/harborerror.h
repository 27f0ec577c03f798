#pragma once
// Harbor API error bodies ({"errors":[{"code","message"}]}) and statuses mapped to berth::Error.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace berth {

class HarborErrors final
{
    Q_DECLARE_TR_FUNCTIONS(HarborErrors)
public:
    // The first message of Harbor's error body, or empty when the body is not Harbor's JSON.
    static QString serverMessage(const QByteArray &body);

    // 401 -> Unauthorized, 403 -> Denied, 404 -> NotFound, 400 -> InvalidInput, 409 -> already
    // exists, 412 -> "not empty", 5xx -> Server. The message names `subject` on `registry` and
    // carries Harbor's own message.
    static Error fromHttp(int status, const QByteArray &body, const QString &registry, const QString &subject);
};

} // namespace berth
