#pragma once
// WWW-Authenticate challenges (RFC 7235) and token scopes ("repository:team/web:pull,push").

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace berth {

struct Challenge {
    QString scheme;                 // lowercased: "bearer", "basic", ...
    QMap<QString, QString> params;  // keys lowercased, values unquoted and unescaped

    QString param(const QString &lowercaseName) const { return params.value(lowercaseName); }
    bool isBearer() const { return scheme == u"bearer"; }
    bool isBasic() const { return scheme == u"basic"; }
};

// Parses every challenge of every header value given (a response may carry several
// WWW-Authenticate headers, and one header may hold several challenges:
// `Basic realm="x", Bearer realm="y",service="z",scope="repository:a/b:pull,push"`).
// Scheme and parameter names are case-insensitive; values are tokens or quoted strings with
// backslash escapes; commas inside quotes do not split. Malformed input yields what could be
// parsed, never a crash; a token68 credential after a scheme is ignored.
QList<Challenge> parseChallenges(const QList<QByteArray> &headerValues);

// Prefers Bearer, then Basic; nullopt when neither is present.
std::optional<Challenge> preferredChallenge(const QList<Challenge> &challenges);

struct Scope {
    QString type;        // "repository", "registry", ...
    QString name;        // may contain ':' (host:port), so actions are after the last ':'
    QStringList actions; // "pull", "push", "delete", "*"

    // "type:name:actions" with actions comma-separated.
    static std::optional<Scope> parse(QStringView text);
    // Space-separated list of scopes, as in a challenge's scope parameter.
    static QList<Scope> parseList(QStringView text);
    QString toString() const;

    static Scope repository(const QString &name, const QStringList &actions)
    {
        return Scope{QStringLiteral("repository"), name, actions};
    }
    static Scope catalog() { return Scope{QStringLiteral("registry"), QStringLiteral("catalog"), {QStringLiteral("*")}}; }

    friend bool operator==(const Scope &, const Scope &) = default;
};

// Merges scopes with the same type and name (union of actions, order kept), sorted for use as a
// cache key.
QList<Scope> normaliseScopes(const QList<Scope> &scopes);

} // namespace berth
