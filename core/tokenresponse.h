#pragma once
// Token service responses (Docker token auth and OAuth2).

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace berth {

struct TokenResponse {
    QString token;        // "token", or "access_token" when "token" is absent
    QString refreshToken; // "refresh_token", may be empty
    int expiresIn = 60;   // seconds; default 60, never below 60
    QDateTime issuedAt;   // "issued_at" (RFC 3339) or invalid when absent/malformed

    // When the token should be renewed: a little before issuedAt (or `received`) + expiresIn.
    QDateTime renewAt(const QDateTime &received) const;
};

class TokenResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponseParser)
public:
    static constexpr qsizetype MaxTokenResponseSize = 1024 * 1024;
    // Errors (kind Protocol): over MaxTokenResponseSize, not a JSON object, no token at all.
    static std::optional<TokenResponse> parse(const QByteArray &body, Error *error = nullptr);
};

} // namespace berth
