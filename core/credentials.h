#pragma once
// A username and secret for one registry, wherever they came from (caller, keychain, Docker).

#include <QString>

namespace berth {

struct Credentials {
    QString username;
    QString secret;
    // The secret is an OAuth2 refresh token (Docker's "<token>" username or "identitytoken"):
    // the auth code then uses the refresh_token grant instead of a password.
    bool identityToken = false;

    bool isEmpty() const;
    friend bool operator==(const Credentials &, const Credentials &) = default;
};

} // namespace berth
