// berth-testregistry: a real registry with seeded content for scripts and benchmarks; prints
// "ready 127.0.0.1:PORT" when it serves and runs until SIGTERM or SIGINT.

#include "support/registryfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using berth::test::RegistryFixture;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

bool seedDemo(RegistryFixture &r)
{
    RegistryFixture::SeedOptions o;
    o.layers = 3;
    o.layerSize = 64 * 1024;
    o.seed = 141;
    bool ok = !r.seedImage(u"team/web"_s, u"1.4.1"_s, o).digest.isEmpty();
    const auto web = r.seedIndex(u"team/web"_s, u"1.4.2"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s}, true, 142);
    ok = ok && !web.digest.isEmpty();
    r.addTag(u"team/web"_s, u"latest"_s, web.digest);

    o = {};
    o.oci = true;
    o.layers = 4;
    o.layerSize = 32 * 1024;
    for (const auto &[tag, seed] : {std::pair{u"2.0.0"_s, 200u}, std::pair{u"2.1.0"_s, 210u}}) {
        o.seed = seed;
        const auto api = r.seedImage(u"team/api"_s, tag, o);
        ok = ok && !api.digest.isEmpty();
        if (seed == 210)
            r.addTag(u"team/api"_s, u"latest"_s, api.digest);
    }

    o = {};
    o.layers = 2;
    o.seed = 125;
    const auto proxy = r.seedImage(u"infra/proxy"_s, u"1.25"_s, o);
    ok = ok && !proxy.digest.isEmpty();
    r.addTag(u"infra/proxy"_s, u"stable"_s, proxy.digest);
    o.seed = 126;
    ok = ok && !r.seedImage(u"infra/proxy"_s, u"1.25-alpine"_s, o).digest.isEmpty();

    o = {};
    o.layers = 1;
    o.layerSize = 128 * 1024;
    for (const auto &[tag, seed] : {std::pair{u"3.18"_s, 318u}, std::pair{u"3.19"_s, 319u}}) {
        o.seed = seed;
        ok = ok && !r.seedImage(u"library/alpine"_s, tag, o).digest.isEmpty();
    }
    const auto alpine = r.seedIndex(u"library/alpine"_s, u"3.20"_s,
                                    {u"linux/amd64"_s, u"linux/arm64/v8"_s, u"linux/arm/v7"_s}, false, 320);
    ok = ok && !alpine.digest.isEmpty();
    r.addTag(u"library/alpine"_s, u"latest"_s, alpine.digest);
    return ok;
}

bool seedMany(RegistryFixture &r, int repos, int tags)
{
    RegistryFixture::SeedOptions o;
    o.layers = 1;
    o.layerSize = 256;
    for (int i = 0; i < repos; ++i) {
        const QString repo = u"ns%1/repo%2"_s.arg(i % 50).arg(i);
        for (int t = 0; t < tags; ++t) {
            o.seed = quint32(100000 + i * tags + t);
            if (r.seedImage(repo, u"1.0.%1"_s.arg(t), o).digest.isEmpty())
                return false;
        }
    }
    return true;
}

bool seedBigRepo(RegistryFixture &r, int tags)
{
    RegistryFixture::SeedOptions o;
    o.layers = 1;
    o.layerSize = 1024;
    o.seed = 7;
    const auto image = r.seedImage(u"big/many-tags"_s, u"latest"_s, o);
    if (image.digest.isEmpty())
        return false;
    // One manifest under every tag: seeding 20,000 tags stays a matter of seconds.
    for (int i = 0; i < tags; ++i) {
        if (!r.seeder().addTag(u"big/many-tags"_s, u"1.%1.%2"_s.arg(i / 1000).arg(i % 1000), image.digest))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs the real docker-registry with seeded content until SIGTERM/SIGINT."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"port"_s, u"Port on 127.0.0.1 (default: a free one)."_s, u"N"_s},
        {u"data"_s, u"Storage folder, kept (default: a temporary folder)."_s, u"DIR"_s},
        {u"seed"_s, u"demo or none (default: demo unless --repos/--big-repo-tags)."_s, u"KIND"_s},
        {u"repos"_s, u"Seed N repositories ns<i%50>/repo<i>."_s, u"N"_s},
        {u"tags"_s, u"Tags per seeded repository (with --repos; default 1)."_s, u"N"_s},
        {u"big-repo-tags"_s, u"Seed big/many-tags with N tags."_s, u"N"_s},
        {u"auth"_s, u"none or htpasswd."_s, u"KIND"_s, u"none"_s},
        {u"user"_s, u"htpasswd user U:P (repeatable)."_s, u"U:P"_s},
        {u"tls"_s, u"Serve HTTPS with a generated CA (its path is printed as 'ca FILE')."_s},
    });
    parser.process(app);

    RegistryFixture::Options options;
    options.port = quint16(parser.value(u"port"_s).toUInt());
    options.dataDir = parser.value(u"data"_s);
    options.tls = parser.isSet(u"tls"_s);
    const QString auth = parser.value(u"auth"_s);
    if (auth == u"htpasswd") {
        options.auth = RegistryFixture::Auth::Htpasswd;
        for (const QString &user : parser.values(u"user"_s)) {
            const qsizetype colon = user.indexOf(u':');
            if (colon <= 0) {
                std::fprintf(stderr, "berth-testregistry: --user wants U:P\n");
                return 2;
            }
            options.users.insert(user.left(colon), user.mid(colon + 1));
        }
    } else if (auth != u"none") {
        std::fprintf(stderr, "berth-testregistry: --auth is none or htpasswd\n");
        return 2;
    }

    RegistryFixture registry(options);
    QElapsedTimer timer;
    timer.start();
    const int repos = parser.value(u"repos"_s).toInt();
    const int tags = parser.isSet(u"tags"_s) ? parser.value(u"tags"_s).toInt() : 1;
    const int bigTags = parser.value(u"big-repo-tags"_s).toInt();
    const QString seed = parser.isSet(u"seed"_s) ? parser.value(u"seed"_s)
                                                 : (repos || bigTags ? u"none"_s : u"demo"_s);
    bool ok = (seed != u"demo" || seedDemo(registry)) && (repos <= 0 || seedMany(registry, repos, tags))
        && (bigTags <= 0 || seedBigRepo(registry, bigTags));
    if (!ok) {
        std::fprintf(stderr, "berth-testregistry: seeding %s failed\n", qPrintable(registry.storageDir()));
        return 1;
    }
    std::fprintf(stderr, "berth-testregistry: seeded in %lld ms\n", timer.elapsed());

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return 1;
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    if (!registry.start())
        return 1;
    if (options.tls)
        std::printf("ca %s\n", qPrintable(registry.caFile()));
    std::printf("ready %s\n", qPrintable(registry.hostPort()));
    std::fflush(stdout);
    const int rc = app.exec();
    registry.stop();
    return rc;
}
