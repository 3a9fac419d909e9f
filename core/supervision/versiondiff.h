#pragma once

#include "core/supervision/agreementcontent.h"
#include "core/supervision/worddiff.h"

#include <QVector>

namespace myfyrio {

/// Two versions of an agreement compared section by section, in the
/// agreement's order, with the changed words of each section marked.
class VersionDiff
{
public:
    struct Section {
        QString code;
        bool changed = false;
        QVector<WordDiff::Piece> pieces;
    };

    static QVector<Section> compare(const AgreementContent& before, const AgreementContent& after);
    /// The codes of the sections that differ.
    static QStringList changedSections(const AgreementContent& before, const AgreementContent& after);
};

} // namespace myfyrio
