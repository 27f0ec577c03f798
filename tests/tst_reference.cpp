#include "core/reference.h"

#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

namespace {
const QString Hex = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
const QString Digest = u"sha256:"_s + Hex;
} // namespace

class TestReference : public QObject
{
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");

        QTest::newRow("bare name") << u"alpine"_s << u"docker.io"_s << u"library/alpine"_s << QString() << QString();
        QTest::newRow("bare name with tag") << u"alpine:3.20"_s << u"docker.io"_s << u"library/alpine"_s << u"3.20"_s << QString();
        QTest::newRow("hub user repo") << u"foo/bar"_s << u"docker.io"_s << u"foo/bar"_s << QString() << QString();
        QTest::newRow("docker.io single") << u"docker.io/alpine"_s << u"docker.io"_s << u"library/alpine"_s << QString() << QString();
        QTest::newRow("index.docker.io single") << u"index.docker.io/x"_s << u"docker.io"_s << u"library/x"_s << QString() << QString();
        QTest::newRow("index.docker.io two") << u"index.docker.io/foo/bar"_s << u"docker.io"_s << u"foo/bar"_s << QString() << QString();
        QTest::newRow("registry-1.docker.io") << u"registry-1.docker.io/foo/bar:1"_s << u"docker.io"_s << u"foo/bar"_s << u"1"_s << QString();
        QTest::newRow("localhost") << u"localhost/x"_s << u"localhost"_s << u"x"_s << QString() << QString();
        QTest::newRow("localhost port") << u"localhost:5000/x"_s << u"localhost:5000"_s << u"x"_s << QString() << QString();
        QTest::newRow("ipv4 port tag") << u"127.0.0.1:5000/team/web:1.0"_s << u"127.0.0.1:5000"_s << u"team/web"_s << u"1.0"_s << QString();
        QTest::newRow("ipv6 port") << u"[::1]:5000/x"_s << u"[::1]:5000"_s << u"x"_s << QString() << QString();
        QTest::newRow("ipv6 no port") << u"[fe80::1]/x:t"_s << u"[fe80::1]"_s << u"x"_s << u"t"_s << QString();
        QTest::newRow("host no dot is hub user") << (u"host/a/b/c@"_s + Digest) << u"docker.io"_s << u"host/a/b/c"_s << QString() << Digest;
        QTest::newRow("deep path digest") << (u"reg.example.com/a/b/c@"_s + Digest) << u"reg.example.com"_s << u"a/b/c"_s << QString() << Digest;
        QTest::newRow("tag and digest") << (u"reg.example.com:443/web:1.0@"_s + Digest) << u"reg.example.com:443"_s << u"web"_s << u"1.0"_s << Digest;
        QTest::newRow("uppercase host lowered") << u"Reg.Example.COM/web"_s << u"reg.example.com"_s << u"web"_s << QString() << QString();
        QTest::newRow("separator __") << u"r.io/a__b"_s << u"r.io"_s << u"a__b"_s << QString() << QString();
        QTest::newRow("separator _") << u"r.io/a_b"_s << u"r.io"_s << u"a_b"_s << QString() << QString();
        QTest::newRow("separator --") << u"r.io/a--b"_s << u"r.io"_s << u"a--b"_s << QString() << QString();
        QTest::newRow("separator .") << u"r.io/a.b"_s << u"r.io"_s << u"a.b"_s << QString() << QString();
        QTest::newRow("tag 128") << (u"r.io/a:"_s + QString(128, u'x')) << u"r.io"_s << u"a"_s << QString(128, u'x') << QString();
        QTest::newRow("tag underscore first") << u"r.io/a:_x.Y-1"_s << u"r.io"_s << u"a"_s << u"_x.Y-1"_s << QString();
        QTest::newRow("localhost:5000 alone is hub name with tag") << u"localhost:5000"_s << u"docker.io"_s << u"library/localhost"_s << u"5000"_s << QString();
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        Error error;
        const auto ref = ImageReference::parse(text, &error);
        QVERIFY2(ref.has_value(), qPrintable(error.message));
        QCOMPARE(ref->registry, registry);
        QCOMPARE(ref->repository, repository);
        QCOMPARE(ref->tag, tag);
        QCOMPARE(ref->digest, digest);
        QVERIFY(ref->isValid());
        QVERIFY(!error.isError());
        // The canonical form parses back to the same reference.
        QCOMPARE(ImageReference::parse(ref->toString()), ref);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mention"); // a word the message must contain

        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("blank") << u"   "_s << u"empty"_s;
        QTest::newRow("uppercase repo") << u"r.io/Team/web"_s << u"lowercase"_s;
        QTest::newRow("uppercase hub name") << u"Alpine"_s << u"lowercase"_s;
        QTest::newRow("tag 129") << (u"r.io/a:"_s + QString(129, u'x')) << u"tag"_s;
        QTest::newRow("tag leading dot") << u"r.io/a:.x"_s << u"tag"_s;
        QTest::newRow("tag leading dash") << u"r.io/a:-x"_s << u"tag"_s;
        QTest::newRow("tag empty") << u"r.io/a:"_s << u"tag"_s;
        QTest::newRow("tag with slash-free bad char") << u"r.io/a:x+y"_s << u"tag"_s;
        QTest::newRow("digest uppercase") << (u"r.io/a@sha256:"_s + Hex.toUpper()) << u"digest"_s;
        QTest::newRow("digest short") << (u"r.io/a@sha256:"_s + Hex.left(63)) << u"digest"_s;
        QTest::newRow("digest dotdot") << u"r.io/a@sha256:../../etc/passwd"_s << u"digest"_s;
        QTest::newRow("digest non-hex") << (u"r.io/a@sha256:"_s + Hex.left(63) + u'g') << u"digest"_s;
        QTest::newRow("digest sha512") << (u"r.io/a@sha512:"_s + Hex + Hex) << u"sha256"_s;
        QTest::newRow("digest empty") << u"r.io/a@"_s << u"digest"_s;
        QTest::newRow("trailing slash") << u"r.io/a/"_s << u"repository"_s;
        QTest::newRow("double slash") << u"r.io//a"_s << u"repository"_s;
        QTest::newRow("tag only") << u":tag"_s << u"repository"_s;
        QTest::newRow("digest only") << (u"@"_s + Digest) << u"repository"_s;
        QTest::newRow("separator ..") << u"r.io/a..b"_s << u"repository"_s;
        QTest::newRow("separator ___") << u"r.io/a___b"_s << u"repository"_s;
        QTest::newRow("separator _-") << u"r.io/a_-b"_s << u"repository"_s;
        QTest::newRow("leading dash") << u"r.io/-a"_s << u"repository"_s;
        QTest::newRow("trailing dot") << u"r.io/a."_s << u"repository"_s;
        QTest::newRow("space") << u"r.io/a b"_s << u"repository"_s;
        QTest::newRow("bad port") << u"r.io:99999/a"_s << u"registry"_s;
        QTest::newRow("empty port") << u"r.io:/a"_s << u"registry"_s;
        QTest::newRow("bad host label") << u"-r.io/a"_s << u"registry"_s;
        QTest::newRow("host double dot") << u"r..io/a"_s << u"registry"_s;
        QTest::newRow("ipv6 unclosed") << u"[::1:5000/a"_s << u"registry"_s;
        QTest::newRow("name too long") << (u"r.io/"_s + QString(300, u'a')) << u"255"_s;
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, mention);
        Error error;
        QVERIFY(!ImageReference::parse(text, &error).has_value());
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
        QCOMPARE(error.exitCode(), 2);
        QVERIFY2(error.message.contains(mention, Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY(!error.message.contains(u'\n'));
        // Without an error pointer it must still fail quietly.
        QVERIFY(!ImageReference::parse(text).has_value());
    }

    void defaultTag()
    {
        QCOMPARE(ImageReference::parse(u"r.io/a", nullptr, u"latest")->tag, u"latest"_s);
        QCOMPARE(ImageReference::parse(u"r.io/a:1", nullptr, u"latest")->tag, u"1"_s);
        const auto byDigest = ImageReference::parse(QString(u"r.io/a@"_s + Digest), nullptr, u"latest");
        QVERIFY(byDigest->tag.isEmpty());
        QCOMPARE(byDigest->reference(), Digest);
    }

    void formatting()
    {
        const auto hub = ImageReference::parse(u"alpine:3");
        QCOMPARE(hub->toString(), u"docker.io/library/alpine:3"_s);
        QCOMPARE(hub->name(), u"docker.io/library/alpine"_s);
        QCOMPARE(hub->wireHost(), u"registry-1.docker.io"_s);
        QCOMPARE(hub->reference(), u"3"_s);
        const auto local = ImageReference::parse(QString(u"localhost:5000/team/web:1.0@"_s + Digest));
        QCOMPARE(local->toString(), u"localhost:5000/team/web:1.0@"_s + Digest);
        QCOMPARE(local->wireHost(), u"localhost:5000"_s);
        QCOMPARE(local->reference(), Digest); // digest wins over tag
        QVERIFY(!ImageReference().isValid());
    }

    void registry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: invalid

        QTest::newRow("host") << u"registry.example.com"_s << u"registry.example.com"_s;
        QTest::newRow("single label") << u"myregistry"_s << u"myregistry"_s;
        QTest::newRow("host port") << u"localhost:5000"_s << u"localhost:5000"_s;
        QTest::newRow("https prefix") << u"https://r.io:5000/"_s << u"r.io:5000"_s;
        QTest::newRow("http prefix") << u"HTTP://r.io"_s << u"r.io"_s;
        QTest::newRow("index.docker.io") << u"index.docker.io"_s << u"docker.io"_s;
        QTest::newRow("registry-1.docker.io") << u"registry-1.docker.io"_s << u"docker.io"_s;
        QTest::newRow("ipv6") << u"[::1]:5000"_s << u"[::1]:5000"_s;
        QTest::newRow("uppercase") << u"R.IO"_s << u"r.io"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only scheme") << u"https://"_s << QString();
        QTest::newRow("path") << u"r.io/team"_s << QString();
        QTest::newRow("port zero") << u"r.io:0"_s << QString();
        QTest::newRow("port letters") << u"r.io:ab"_s << QString();
        QTest::newRow("underscore host") << u"r_x.io"_s << QString();
    }
    void registry()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Error error;
        const auto parsed = ImageReference::parseRegistry(text, &error);
        if (expected.isEmpty()) {
            QVERIFY(!parsed.has_value());
            QCOMPARE(error.kind, ErrorKind::InvalidInput);
            QVERIFY(!error.message.isEmpty());
        } else {
            QVERIFY2(parsed.has_value(), qPrintable(error.message));
            QCOMPARE(*parsed, expected);
        }
    }

    void repository()
    {
        const auto repo = ImageReference::parseRepository(u"localhost:5000/team/web");
        QVERIFY(repo.has_value());
        QCOMPARE(repo->registry, u"localhost:5000"_s);
        QCOMPARE(repo->repository, u"team/web"_s);
        QCOMPARE(ImageReference::parseRepository(u"nginx")->repository, u"library/nginx"_s);

        Error error;
        QVERIFY(!ImageReference::parseRepository(u"localhost:5000/team/web:1.0", &error));
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
        QVERIFY(!ImageReference::parseRepository(QString(u"r.io/a@"_s + Digest)));
        QVERIFY(!ImageReference::parseRepository(u"r.io/A"));
    }

    void validators()
    {
        QVERIFY(ImageReference::isValidRepository(u"a/b-c/d.e/f__g"));
        QVERIFY(!ImageReference::isValidRepository(u""));
        QVERIFY(!ImageReference::isValidRepository(u"a/B"));
        QVERIFY(ImageReference::isValidTag(u"latest"));
        QVERIFY(!ImageReference::isValidTag(u""));
        QVERIFY(!ImageReference::isValidTag(u"a/b"));
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
