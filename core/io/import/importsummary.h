#pragma once

#include "core/io/import/importwriter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace myfyrio {

/// An import's outcome as the user reads it, in the interface language (the
/// command line prints these lines; the app shows them), and as JSON.
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::ImportSummary)

public:
    /// The most media files named one by one; the rest are counted.
    static constexpr int mediaNamed = 20;

    static QStringList lines(const ImportOutcome& outcome, bool dryRun);

    /// {"added": N, "existing": N, "skipped": [{"source", "reason"}], "warnings": […], "mediaNotImported": […]}
    static QJsonObject json(const ImportOutcome& outcome);

    /// "Photos and other media not imported: N" and the first names.
    static QStringList mediaLines(const QStringList& media);
};

} // namespace myfyrio
