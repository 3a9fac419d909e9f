#include "app/common/autosavetimer.h"

namespace myfyrio {

namespace {

int quietDelay = AutosaveTimer::defaultQuietMilliseconds;
int maxWaitDelay = AutosaveTimer::defaultMaxWaitMilliseconds;

} // namespace

AutosaveTimer::AutosaveTimer(QObject* parent) : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_maxWait.setSingleShot(true);
    // Precise timers: the longest wait is a promise about how much typing is at risk.
    m_maxWait.setTimerType(Qt::PreciseTimer);
    const auto fire = [this] {
        stop();
        emit due();
    };
    connect(&m_quiet, &QTimer::timeout, this, fire);
    connect(&m_maxWait, &QTimer::timeout, this, fire);
}

void AutosaveTimer::touch()
{
    m_quiet.start(quietDelay);
    if (!m_maxWait.isActive())
        m_maxWait.start(maxWaitDelay);
}

void AutosaveTimer::stop()
{
    m_quiet.stop();
    m_maxWait.stop();
}

void AutosaveTimer::setDelays(int quietMilliseconds, int maxWaitMilliseconds)
{
    quietDelay = qMax(0, quietMilliseconds);
    maxWaitDelay = qMax(0, maxWaitMilliseconds);
}

void AutosaveTimer::resetDelays()
{
    setDelays(defaultQuietMilliseconds, defaultMaxWaitMilliseconds);
}

int AutosaveTimer::quietMilliseconds()
{
    return quietDelay;
}

int AutosaveTimer::maxWaitMilliseconds()
{
    return maxWaitDelay;
}

} // namespace myfyrio
