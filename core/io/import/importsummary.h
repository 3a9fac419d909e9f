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
    /// The most media files left out that are named one by one; the rest are counted.
    static constexpr int mediaNamed = 20;

    static QStringList lines(const ImportOutcome& outcome, bool dryRun);

    /// {"added": N, "existing": N, "attached": N, "skipped": [{"source", "reason"}], "warnings": […],
    ///  "mediaLeftOut": [{"source", "reason"}]}
    static QJsonObject json(const ImportOutcome& outcome);

    /// "Photos and other files attached: N", then "… left out: N" with the first of them, each with why
    /// (indented by two spaces); nothing when there were none of either.
    static QStringList mediaLines(int attached, const QVector<SkippedItem>& leftOut, bool dryRun);
};

} // namespace myfyrio
