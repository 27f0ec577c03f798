#include "cli.h"

#include "core/logging.h"
#include "core/netutil.h"
#include "core/registryclient.h"
#include "core/registryreply.h"
#include "interrupts.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSet>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace berth::cli {

namespace {
const QSet<QString> &valuedOptions()
{
    static const QSet<QString> names = {
        u"ca-file"_s, u"username"_s, u"config-dir"_s, u"format"_s, u"platform"_s, u"include"_s, u"exclude"_s,
        u"tags"_s, u"storage-limit"_s, u"role"_s, u"project"_s, u"access"_s, u"days"_s, u"user"_s,
        u"operation"_s, u"since"_s, u"name"_s, u"type"_s, u"url"_s, u"access-key"_s, u"access-secret-file"_s,
        u"ca-cert"_s, u"push-to"_s, u"pull-from"_s, u"filter-name"_s, u"filter-tag"_s, u"exclude-tag"_s,
        u"dest-namespace"_s, u"flatten"_s, u"trigger"_s, u"bandwidth"_s, u"policy"_s, u"timeout"_s,
        u"parallel"_s, u"chunk-size"_s, u"keep"_s, u"older-than"_s, u"match"_s, u"regex"_s, u"order"_s, u"proxy"_s, u"cert"_s, u"key"_s, u"registry-mirror"_s};
    return names;
}
const QSet<QString> &flagOptions()
{
    static const QSet<QString> names = {u"insecure"_s, u"password-stdin"_s, u"json"_s, u"verbose"_s, u"help"_s,
                                        u"version"_s, u"yes"_s, u"all-platforms"_s, u"dry-run"_s, u"public"_s,
                                        u"skip-verify"_s, u"override"_s, u"deletion"_s, u"run"_s,
                                        u"delete-untagged"_s};
    return names;
}
} // namespace

Cli::Cli(QObject *parent)
    : QObject(parent), m_out(stdout), m_err(stderr)
{
}

Cli::~Cli() = default;

const QHash<QString, Cli::Command> &Cli::commands()
{
    static const QHash<QString, Command> table = {
        {u"login"_s, {&Cli::cmdLogin, 1, 1}},
        {u"logout"_s, {&Cli::cmdLogout, 1, 1}},
        {u"catalog"_s, {&Cli::cmdCatalog, 1, 1}},
        {u"ls"_s, {&Cli::cmdLs, 1, 1}},
        {u"manifest"_s, {&Cli::cmdManifest, 1, 1}},
        {u"digest"_s, {&Cli::cmdDigest, 1, 1}},
        {u"config"_s, {&Cli::cmdConfig, 1, 1}},
        {u"delete"_s, {&Cli::cmdDelete, 1, 1}},
        {u"tag"_s, {&Cli::cmdTag, 2, 2}},
        {u"untag"_s, {&Cli::cmdUntag, 1, 1}},
        {u"cleanup"_s, {&Cli::cmdCleanup, 1, 1}},
        {u"pull"_s, {&Cli::cmdPull, 2, 2}},
        {u"push"_s, {&Cli::cmdPush, 2, 2}},
        {u"copy"_s, {&Cli::cmdCopy, 2, 2}},
        {u"sync"_s, {&Cli::cmdSync, 2, 2}},
        {u"harbor"_s, {&Cli::cmdHarbor, 1, 4}},
    };
    return table;
}

bool Cli::parse(const QStringList &arguments)
{
    bool onlyPositional = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositional || !arg.startsWith(u'-') || arg == u"-") {
            if (m_command.isEmpty())
                m_command = arg;
            else
                m_args << arg;
            continue;
        }
        if (arg == u"--") {
            onlyPositional = true;
            continue;
        }
        if (arg == u"-h")
            m_flags << u"help"_s;
        else if (arg == u"-v")
            m_flags << u"verbose"_s;
        else if (arg.startsWith(u"--")) {
            QString name = arg.mid(2);
            QString value;
            bool hasValue = false;
            if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
                value = name.mid(eq + 1);
                name.truncate(eq);
                hasValue = true;
            }
            if (valuedOptions().contains(name)) {
                if (!hasValue) {
                    if (i + 1 >= arguments.size()) {
                        usageError(tr("The option --%1 needs a value.").arg(name));
                        return false;
                    }
                    value = arguments.at(++i);
                }
                if (name == u"registry-mirror")
                    m_mirrors << value; // repeatable
                else
                    m_options.insert(name, value);
            } else if (flagOptions().contains(name) && !hasValue) {
                m_flags << name;
            } else {
                usageError(tr("Unknown option \"%1\".").arg(arg));
                return false;
            }
        } else {
            usageError(tr("Unknown option \"%1\".").arg(arg));
            return false;
        }
    }
    m_json = m_flags.contains(u"json"_s);
    m_insecure = m_flags.contains(u"insecure"_s);
    m_yes = m_flags.contains(u"yes"_s);
    m_verbose = m_flags.contains(u"verbose"_s);
    m_passwordStdin = m_flags.contains(u"password-stdin"_s);
    m_caFile = m_options.take(u"ca-file"_s);
    m_username = m_options.take(u"username"_s);
    m_configDir = m_options.take(u"config-dir"_s);
    m_proxy = m_options.take(u"proxy"_s);
    m_certFile = m_options.take(u"cert"_s);
    m_keyFile = m_options.take(u"key"_s);
    return true;
}

int Cli::run(const QStringList &arguments)
{
    if (!parse(arguments))
        return m_exitCode;
    if (m_verbose)
        QLoggingCategory::setFilterRules(u"berth.*.debug=true"_s);
    if (m_flags.contains(u"version"_s)) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (m_flags.contains(u"help"_s) || m_command.isEmpty() || m_command == u"help") {
        printHelp();
        return m_command.isEmpty() && !m_flags.contains(u"help"_s) ? 2 : 0;
    }
    const auto it = commands().constFind(m_command);
    if (it == commands().cend()) {
        usageError(tr("Unknown command \"%1\"; see berthctl --help.").arg(m_command));
        return m_exitCode;
    }
    if (m_args.size() < it->minArgs || m_args.size() > it->maxArgs) {
        usageError(tr("Wrong number of arguments for \"%1\"; see berthctl --help.").arg(m_command));
        return m_exitCode;
    }
    if (m_passwordStdin) {
        if (m_username.isEmpty()) {
            usageError(tr("--password-stdin needs --username."));
            return m_exitCode;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            usageError(tr("Could not read the password from standard input."));
            return m_exitCode;
        }
        QByteArray secret = in.readAll();
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
        m_password = QString::fromUtf8(secret);
    } else if (!m_username.isEmpty() && m_command != u"login" && m_command != u"logout") {
        usageError(tr("--username needs --password-stdin (Berth never takes a password on the command line)."));
        return m_exitCode;
    }

    m_nam = net::newAccessManager(this);
    (this->*(it->handler))();
    if (!m_done) {
        QEventLoop loop;
        m_loop = &loop;
        loop.exec();
        m_loop = nullptr;
    }
    if (m_interruptSignal)
        letRequestsEnd();
    m_out.flush();
    m_err.flush();
    return m_exitCode;
}

void Cli::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_exitCode = exitCode;
    m_out.flush();
    m_err.flush();
    if (m_loop)
        m_loop->quit();
}

void Cli::usageError(const QString &message)
{
    m_err << tr("berthctl: %1").arg(message) << Qt::endl;
    m_exitCode = 2;
    done(2);
}

void Cli::fail(const Error &error)
{
    m_err << tr("berthctl: %1").arg(error.message) << Qt::endl;
    if (error.kind == ErrorKind::Cancelled && m_interruptSignal)
        return done(128 + m_interruptSignal); // what a shell reports for a command the signal ended
    done(error.exitCode() == 0 ? 1 : error.exitCode());
}

void Cli::cancelOnInterrupt(Job *job)
{
    auto *watcher = new InterruptWatcher(job); // gone with the job: a second Ctrl-C ends berthctl at once
    connect(watcher, &InterruptWatcher::interrupted, job, [this, job](int signalNumber) {
        if (m_interruptSignal || job->isFinished())
            return;
        m_interruptSignal = signalNumber;
        job->abort();
    });
}

void Cli::letRequestsEnd()
{
    QEventLoop loop;
    bool ended = false;
    whenRequestsEnd(this, 3000, [&] { // the clients are ours
        ended = true;
        loop.quit();
    });
    if (!ended)
        loop.exec();
}

bool Cli::isTerminal() const
{
    return ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO);
}

bool Cli::confirm(const QString &question)
{
    m_err << question << u' ' << tr("[y/N]") << u' ' << Qt::flush;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    const QString answer = QString::fromLocal8Bit(in.readLine()).trimmed().toLower();
    return answer == u"y" || answer == u"yes" || answer == tr("y");
}

std::optional<ImageReference> Cli::reference(int index, bool requireTagOrDigest)
{
    Error error;
    const auto ref = ImageReference::parse(m_args.value(index), &error,
                                           requireTagOrDigest ? QStringView(u"latest") : QStringView());
    if (!ref)
        usageError(error.message);
    return ref;
}

RegistryOptions Cli::optionsFor(const QString &registry) const
{
    RegistryOptions options;
    options.registry = registry;
    options.insecure = m_insecure;
    options.caFile = m_caFile;
    options.clientCertFile = m_certFile;
    options.clientKeyFile = m_keyFile;
    options.proxy = m_proxy;
    options.loopbackIsInsecure = qEnvironmentVariableIntValue("BERTH_STRICT_LOOPBACK") == 0;
    if (!m_username.isEmpty())
        options.credentials = Credentials{m_username, m_password, false};
    if (m_options.contains(u"timeout"_s))
        options.timeoutMs = m_options.value(u"timeout"_s).toInt() * 1000;
    return options;
}

void Cli::printList(const QStringList &items)
{
    if (m_json) {
        m_out << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact))
              << Qt::endl;
        return;
    }
    for (const QString &item : items)
        m_out << item << u'\n';
}

} // namespace berth::cli
