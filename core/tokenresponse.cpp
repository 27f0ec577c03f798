#include "tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

constexpr int MinExpiresIn = 60;
// issued_at further than this from our own clock is taken as clock skew and ignored.
constexpr qint64 MaxTrustedSkewSecs = 60;

int expiresInOf(const QJsonValue &value)
{
    double seconds = -1;
    if (value.isDouble())
        seconds = value.toDouble();
    else if (value.isString())
        seconds = value.toString().trimmed().toDouble(); // 0 when not a number
    if (!std::isfinite(seconds) || seconds < MinExpiresIn)
        return MinExpiresIn;
    return seconds >= std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(seconds);
}

// RFC 3339 date-time; Go writes up to nine fractional digits, beyond what Qt's ISO parser takes.
QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression re(
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (m.captured(8).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offset = (hours * 3600 + minutes * 60) * (m.captured(9) == u"-" ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

} // namespace

QDateTime TokenResponse::renewAt(const QDateTime &received) const
{
    QDateTime base = received;
    if (issuedAt.isValid() && std::abs(issuedAt.secsTo(received)) <= MaxTrustedSkewSecs && issuedAt < received)
        base = issuedAt;
    // Renew a tenth of the lifetime early (5 s to 60 s), so a request never starts with a token
    // that expires on the way.
    const int margin = qBound(5, expiresIn / 10, 60);
    return base.addSecs(qint64(expiresIn) - margin);
}

std::optional<TokenResponse> TokenResponseParser::parse(const QByteArray &body, Error *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = Error::make(ErrorKind::Protocol, message);
        return std::nullopt;
    };
    if (body.size() > MaxTokenResponseSize)
        return fail(tr("The token service sent %1 bytes, more than the 1 MiB limit; the response was refused.")
                        .arg(body.size()));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return fail(tr("The token service did not answer with a JSON object; check the registry's auth realm."));
    const QJsonObject o = doc.object();

    TokenResponse r;
    r.token = o.value(u"token").toString();
    if (r.token.isEmpty())
        r.token = o.value(u"access_token").toString();
    if (r.token.isEmpty())
        return fail(tr("The token service's answer holds no token; check the registry's auth realm and service."));
    r.refreshToken = o.value(u"refresh_token").toString();
    r.expiresIn = expiresInOf(o.value(u"expires_in"));
    r.issuedAt = parseRfc3339(o.value(u"issued_at").toString());
    return r;
}

} // namespace berth
