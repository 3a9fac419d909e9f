#pragma once

#include <QObject>
#include <QTimer>

namespace myfyrio {

/// When an editor saves while someone types: after a short quiet pause, and
/// at least every maxWait while typing goes on without a pause, so that no
/// more than maxWait of typing is ever unsaved (a kill -9 or a power cut loses
/// at most that).
///
/// The delays are the same for every editor. A test may shorten or lengthen
/// them with setDelays(); the editors never know.
class AutosaveTimer : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultQuietMilliseconds = 1000;
    static constexpr int defaultMaxWaitMilliseconds = 1500;

    explicit AutosaveTimer(QObject* parent = nullptr);

    /// Something was edited: restarts the quiet pause, and starts the longest
    /// wait if nothing was unsaved before.
    void touch();
    /// Saved (or nothing left to save): both waits stop.
    void stop();
    bool isActive() const { return m_quiet.isActive() || m_maxWait.isActive(); }

    static void setDelays(int quietMilliseconds, int maxWaitMilliseconds);
    static void resetDelays();
    static int quietMilliseconds();
    static int maxWaitMilliseconds();

signals:
    /// Time to save.
    void due();

private:
    QTimer m_quiet;
    QTimer m_maxWait;
};

} // namespace myfyrio
