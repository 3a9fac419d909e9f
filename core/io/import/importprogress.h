#pragma once

#include "core/util/expected.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace myfyrio {

/// How a long import reports how far it is and learns that the user cancelled.
/// Both are optional: a default-constructed one reports nowhere and never cancels.
/// The callback is called on the thread that does the work.
class ImportProgress
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ImportProgress)

public:
    using Callback = std::function<void(int done, int total)>;

    ImportProgress() = default;
    ImportProgress(Callback callback, const std::atomic_bool* cancel);

    void report(int done, int total) const;
    bool cancelled() const;

    /// The sentence a cancelled import ends with.
    static Failure cancelledFailure();

private:
    Callback m_callback;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace myfyrio
