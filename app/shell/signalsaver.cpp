#include "app/shell/signalsaver.h"

#include "app/common/editsaver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace myfyrio {

namespace {

constexpr int handled[] = {SIGTERM, SIGINT, SIGHUP};
int pipeEnds[2] = {-1, -1};
struct sigaction previous[std::size(handled)];

extern "C" void writeSignalNumber(int number)
{
    // Only async-signal-safe calls here: write() a byte, keep errno.
    const int saved = errno;
    const char byte = static_cast<char>(number);
    [[maybe_unused]] const ssize_t written = ::write(pipeEnds[1], &byte, 1);
    errno = saved;
}

} // namespace

SignalSaver::SignalSaver(Quit quit, QObject* parent) : QObject(parent), m_quit(std::move(quit))
{
    if (!m_quit)
        m_quit = [](int exitCode) { QCoreApplication::exit(exitCode); };
    if (pipeEnds[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, pipeEnds) != 0)
        return;
    m_notifier = new QSocketNotifier(pipeEnds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalSaver::onSignal);
    struct sigaction action = {};
    action.sa_handler = writeSignalNumber;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < std::size(handled); ++i)
        sigaction(handled[i], &action, &previous[i]);
}

SignalSaver::~SignalSaver()
{
    if (!m_notifier)
        return;
    for (std::size_t i = 0; i < std::size(handled); ++i)
        sigaction(handled[i], &previous[i], nullptr);
    delete m_notifier;
    ::close(pipeEnds[0]);
    ::close(pipeEnds[1]);
    pipeEnds[0] = pipeEnds[1] = -1;
}

void SignalSaver::onSignal()
{
    char byte = 0;
    int number = 0;
    while (::read(pipeEnds[0], &byte, 1) == 1)
        number = static_cast<unsigned char>(byte);
    if (number == 0)
        return;
    const QStringList failures = EditSaver::saveEverything();
    emit savedOnSignal(number, failures);
    m_quit(failures.isEmpty() ? 0 : 1);
}

} // namespace myfyrio
