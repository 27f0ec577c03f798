#include "interrupts.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace berth::cli {

#ifdef Q_OS_UNIX
namespace {

int s_pipe[2] = {-1, -1}; // [0] read by the notifier, [1] written by the handler
constexpr int Signals[] = {SIGINT, SIGTERM};
struct sigaction s_previous[2];
bool s_installed[2] = {false, false};

extern "C" void onSignal(int signalNumber)
{
    const int saved = errno;
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(s_pipe[1], &byte, 1); // async-signal-safe
    errno = saved;
}

void install()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int i = 0; i < 2; ++i) {
        // A signal ignored when berthctl started stays ignored: a shell starts background
        // commands with SIGINT ignored so that Ctrl-C does not reach them.
        s_installed[i] = ::sigaction(Signals[i], nullptr, &s_previous[i]) == 0 && s_previous[i].sa_handler != SIG_IGN
            && ::sigaction(Signals[i], &action, nullptr) == 0;
    }
}

void uninstall()
{
    for (int i = 0; i < 2; ++i) {
        if (s_installed[i])
            ::sigaction(Signals[i], &s_previous[i], nullptr);
        s_installed[i] = false;
    }
}

} // namespace
#endif

InterruptWatcher::InterruptWatcher(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (s_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s_pipe) != 0)
        return; // another watcher is active, or no pipe: the signals keep their default action
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        while (::read(s_pipe[0], &byte, 1) == 1)
            emit interrupted(int(byte));
    });
    install();
#endif
}

InterruptWatcher::~InterruptWatcher()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    uninstall();
    delete m_notifier;
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
#endif
}

} // namespace berth::cli
