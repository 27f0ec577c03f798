#include "core/challenge.h"

#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

using Params = QMap<QString, QString>;

class TestChallenge : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QStringList>("schemes");
        QTest::addColumn<QList<Params>>("params");

        QTest::newRow("bearer distribution")
            << QList<QByteArray>{"Bearer realm=\"https://auth.example.com/token\",service=\"registry.example.com\",scope=\"repository:team/web:pull,push\""}
            << QStringList{u"bearer"_s}
            << QList<Params>{{{u"realm"_s, u"https://auth.example.com/token"_s},
                              {u"service"_s, u"registry.example.com"_s},
                              {u"scope"_s, u"repository:team/web:pull,push"_s}}};
        QTest::newRow("basic") << QList<QByteArray>{"Basic realm=\"Registry Realm\""} << QStringList{u"basic"_s}
                               << QList<Params>{{{u"realm"_s, u"Registry Realm"_s}}};
        QTest::newRow("two in one header")
            << QList<QByteArray>{"Basic realm=\"x\", Bearer realm=\"y\",service=\"z\",scope=\"repository:a/b:pull,push\""}
            << QStringList{u"basic"_s, u"bearer"_s}
            << QList<Params>{{{u"realm"_s, u"x"_s}},
                             {{u"realm"_s, u"y"_s}, {u"service"_s, u"z"_s}, {u"scope"_s, u"repository:a/b:pull,push"_s}}};
        QTest::newRow("several headers")
            << QList<QByteArray>{"Basic realm=\"a\"", "Bearer realm=\"b\""} << QStringList{u"basic"_s, u"bearer"_s}
            << QList<Params>{{{u"realm"_s, u"a"_s}}, {{u"realm"_s, u"b"_s}}};
        QTest::newRow("case-insensitive names")
            << QList<QByteArray>{"BEARER Realm=\"R\", SERVICE=Svc"} << QStringList{u"bearer"_s}
            << QList<Params>{{{u"realm"_s, u"R"_s}, {u"service"_s, u"Svc"_s}}};
        QTest::newRow("escapes") << QList<QByteArray>{"Bearer realm=\"a\\\"b\\\\c\\d\""} << QStringList{u"bearer"_s}
                                 << QList<Params>{{{u"realm"_s, u"a\"b\\cd"_s}}};
        QTest::newRow("comma in quotes")
            << QList<QByteArray>{"Bearer scope=\"repository:a:pull,push repository:b:pull\", realm=\"r\""}
            << QStringList{u"bearer"_s}
            << QList<Params>{{{u"scope"_s, u"repository:a:pull,push repository:b:pull"_s}, {u"realm"_s, u"r"_s}}};
        QTest::newRow("insufficient scope")
            << QList<QByteArray>{"Bearer realm=\"r\",service=\"s\",scope=\"repository:a:push\",error=\"insufficient_scope\""}
            << QStringList{u"bearer"_s}
            << QList<Params>{{{u"realm"_s, u"r"_s}, {u"service"_s, u"s"_s}, {u"scope"_s, u"repository:a:push"_s},
                              {u"error"_s, u"insufficient_scope"_s}}};
        QTest::newRow("spaces around equals")
            << QList<QByteArray>{"Bearer realm = \"r\" ,\tservice= s"} << QStringList{u"bearer"_s}
            << QList<Params>{{{u"realm"_s, u"r"_s}, {u"service"_s, u"s"_s}}};
        QTest::newRow("token68 ignored") << QList<QByteArray>{"Basic abc==, Bearer realm=\"r\""}
                                         << QStringList{u"basic"_s, u"bearer"_s}
                                         << QList<Params>{{}, {{u"realm"_s, u"r"_s}}};
        QTest::newRow("token68 no padding") << QList<QByteArray>{"Negotiate a/b+c"} << QStringList{u"negotiate"_s}
                                            << QList<Params>{{}};
        QTest::newRow("scheme only") << QList<QByteArray>{"Basic"} << QStringList{u"basic"_s} << QList<Params>{{}};
        QTest::newRow("bare schemes") << QList<QByteArray>{"Basic, Bearer"} << QStringList{u"basic"_s, u"bearer"_s}
                                      << QList<Params>{{}, {}};
        QTest::newRow("first duplicate kept") << QList<QByteArray>{"Bearer realm=\"a\", realm=\"b\""}
                                              << QStringList{u"bearer"_s} << QList<Params>{{{u"realm"_s, u"a"_s}}};
        QTest::newRow("empty") << QList<QByteArray>{QByteArray()} << QStringList{} << QList<Params>{};
        QTest::newRow("no headers") << QList<QByteArray>{} << QStringList{} << QList<Params>{};
        QTest::newRow("truncated quote") << QList<QByteArray>{"Bearer realm=\"https://a"}
                                         << QStringList{u"bearer"_s}
                                         << QList<Params>{{{u"realm"_s, u"https://a"_s}}};
        QTest::newRow("truncated escape") << QList<QByteArray>{"Bearer realm=\"a\\"} << QStringList{u"bearer"_s}
                                          << QList<Params>{{{u"realm"_s, u"a"_s}}};
        QTest::newRow("truncated after equals") << QList<QByteArray>{"Bearer realm="} << QStringList{u"bearer"_s}
                                                << QList<Params>{{}};
        QTest::newRow("param before scheme ignored") << QList<QByteArray>{"realm=\"x\", Basic realm=\"y\""}
                                                     << QStringList{u"basic"_s} << QList<Params>{{{u"realm"_s, u"y"_s}}};
        QTest::newRow("garbage") << QList<QByteArray>{"\"\"\",,,;;;=== @@@ \x01\xff"} << QStringList{}
                                 << QList<Params>{};
    }
    void parse()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QStringList, schemes);
        QFETCH(QList<Params>, params);
        const QList<Challenge> parsed = parseChallenges(headers);
        QStringList gotSchemes;
        for (const Challenge &c : parsed)
            gotSchemes.append(c.scheme);
        QCOMPARE(gotSchemes, schemes);
        for (qsizetype i = 0; i < parsed.size(); ++i)
            QCOMPARE(parsed.at(i).params, params.at(i));
    }

    // Any prefix of a valid header, and noise, must parse without crashing or hanging.
    void robustness()
    {
        const QByteArray full =
            "Basic realm=\"x\\\"y\", Bearer realm=\"https://a/token\",service=\"s\",scope=\"repository:a/b:pull,push\",error=\"invalid_token\", Negotiate abc==";
        for (qsizetype n = 0; n <= full.size(); ++n)
            parseChallenges({full.left(n)});
        QByteArray noise;
        for (int i = 0; i < 2000; ++i)
            noise += char((i * 7919) % 256);
        const auto parsed = parseChallenges({noise, full});
        QVERIFY(!parsed.isEmpty());
        QCOMPARE(parsed.last().scheme, u"negotiate"_s);
        QCOMPARE(parsed.at(parsed.size() - 2).param(u"error"_s), u"invalid_token"_s);
    }

    void preferred()
    {
        const auto both = parseChallenges({"Basic realm=\"b\", Bearer realm=\"t\""});
        QVERIFY(preferredChallenge(both)->isBearer());
        QCOMPARE(preferredChallenge(both)->param(u"realm"_s), u"t"_s);
        const auto basic = parseChallenges({"Negotiate, Basic realm=\"b\""});
        QVERIFY(preferredChallenge(basic)->isBasic());
        QVERIFY(!preferredChallenge(parseChallenges({"Negotiate abc"})).has_value());
        QVERIFY(!preferredChallenge({}).has_value());
    }

    void scope_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("actions");

        QTest::newRow("pull push") << u"repository:team/web:pull,push"_s << true << u"repository"_s << u"team/web"_s
                                   << QStringList{u"pull"_s, u"push"_s};
        QTest::newRow("host port in name") << u"repository:host:5000/a/b:pull,push"_s << true << u"repository"_s
                                           << u"host:5000/a/b"_s << QStringList{u"pull"_s, u"push"_s};
        QTest::newRow("catalog") << u"registry:catalog:*"_s << true << u"registry"_s << u"catalog"_s
                                 << QStringList{u"*"_s};
        QTest::newRow("delete") << u"repository:a:delete"_s << true << u"repository"_s << u"a"_s
                                << QStringList{u"delete"_s};
        QTest::newRow("no actions") << u"repository:a:"_s << true << u"repository"_s << u"a"_s << QStringList{};
        QTest::newRow("resource class") << u"repository(plugin):a:pull"_s << true << u"repository(plugin)"_s << u"a"_s
                                        << QStringList{u"pull"_s};
        QTest::newRow("two parts") << u"repository:a"_s << false << QString() << QString() << QStringList{};
        QTest::newRow("empty name") << u"repository::pull"_s << false << QString() << QString() << QStringList{};
        QTest::newRow("empty type") << u":a:pull"_s << false << QString() << QString() << QStringList{};
        QTest::newRow("empty") << QString() << false << QString() << QString() << QStringList{};
    }
    void scope()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(QStringList, actions);
        const auto s = Scope::parse(text);
        QCOMPARE(s.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(s->type, type);
        QCOMPARE(s->name, name);
        QCOMPARE(s->actions, actions);
        QCOMPARE(s->toString(), text);
    }

    void scopeList()
    {
        const auto list = Scope::parseList(u"  repository:a/b:pull  registry:catalog:* bad repository:r:5000/c:push ");
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0), Scope::repository(u"a/b"_s, {u"pull"_s}));
        QCOMPARE(list.at(1), Scope::catalog());
        QCOMPARE(list.at(2).name, u"r:5000/c"_s);
        QVERIFY(Scope::parseList(u"").isEmpty());
    }

    void normalise()
    {
        const QList<Scope> in = {
            Scope::repository(u"z/web"_s, {u"pull"_s}),
            Scope::catalog(),
            Scope::repository(u"a/api"_s, {u"push"_s}),
            Scope::repository(u"z/web"_s, {u"push"_s, u"pull"_s}),
            Scope::repository(u"a/api"_s, {u"pull"_s}),
        };
        const QList<Scope> expected = {
            Scope::catalog(),
            Scope::repository(u"a/api"_s, {u"push"_s, u"pull"_s}),
            Scope::repository(u"z/web"_s, {u"pull"_s, u"push"_s}),
        };
        QCOMPARE(normaliseScopes(in), expected);
        QCOMPARE(normaliseScopes(expected), expected);
        QVERIFY(normaliseScopes({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChallenge)
#include "tst_challenge.moc"
