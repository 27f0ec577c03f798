#pragma once
// Checks an HTTP request against Harbor's Swagger 2.0 definition: route, method, parameters, body.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <memory>

namespace berth::test {

class SwaggerChecker final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Result {
        bool ok = false;
        QString operationId;
        QMap<QString, QString> pathParams; // percent-decoded once, as Harbor's router does
        QString problem;                   // empty when ok
    };

    // BERTH_HARBOR_SPEC, else <BERTH_SOURCE_DIR>/../shared/harbor/swagger-v2.15.2.json.
    static QString specPath();
    static bool specAvailable();

    SwaggerChecker();                             // loads specPath()
    explicit SwaggerChecker(const QString &path); // loads another definition
    ~SwaggerChecker();
    SwaggerChecker(const SwaggerChecker &) = default;
    SwaggerChecker &operator=(const SwaggerChecker &) = default;

    bool isLoaded() const;
    QString loadError() const;
    QString basePath() const;

    // rawTarget: path and query exactly as received, still percent-encoded.
    Result check(const QByteArray &method, const QByteArray &rawTarget, const Headers &headers,
                 const QByteArray &body) const;

    // Splits a raw query as Go does ('+' is a space, each side percent-decoded once).
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery);

    struct Spec; // parsed definition, shared between copies

private:
    QString checkParameters(const QJsonObject &operation, const QList<QPair<QString, QString>> &query,
                            const Headers &headers, const QByteArray &body,
                            QMap<QString, QString> &pathParams) const;
    QString checkSchema(const QJsonValue &value, const QJsonObject &schema, const QString &where,
                        int depth) const;
    QJsonObject resolve(const QJsonObject &maybeRef) const;

    std::shared_ptr<const Spec> m_spec;
};

} // namespace berth::test

// For test functions that need the definition: skip when it is absent, fail instead when
// BERTH_REQUIRE_HARBOR_SPEC=1 (CI sets it so a missing file cannot pass silently). Needs <QTest>.
#define BERTH_REQUIRE_HARBOR_SPEC()                                                                 \
    do {                                                                                           \
        if (!berth::test::SwaggerChecker::specAvailable()) {                                       \
            const QByteArray berthSpecMsg = "Harbor API definition not found at "                  \
                + berth::test::SwaggerChecker::specPath().toUtf8() + " (set BERTH_HARBOR_SPEC)";   \
            if (qEnvironmentVariableIntValue("BERTH_REQUIRE_HARBOR_SPEC") == 1)                    \
                QFAIL(berthSpecMsg.constData());                                                   \
            QSKIP(berthSpecMsg.constData());                                                       \
        }                                                                                          \
    } while (false)
