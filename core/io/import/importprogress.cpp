#include "core/io/import/importprogress.h"

namespace myfyrio {

ImportProgress::ImportProgress(Callback callback, const std::atomic_bool* cancel)
    : m_callback(std::move(callback)), m_cancel(cancel)
{}

void ImportProgress::report(int done, int total) const
{
    if (m_callback)
        m_callback(done, total);
}

bool ImportProgress::cancelled() const
{
    return m_cancel && m_cancel->load();
}

Failure ImportProgress::cancelledFailure()
{
    return Failure{tr("The import was cancelled. Nothing in the journal was changed.")};
}

} // namespace myfyrio
