#pragma once

#include "core/supervision/versiondiff.h"

#include <QCoreApplication>

namespace myfyrio {

/// Renders a section-by-section comparison as HTML for a QTextBrowser:
/// removed words struck through on red, inserted words underlined on green
/// (not colour alone, so the marks survive printing and colour blindness).
class DiffHtml
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::DiffHtml)

public:
    static QString inlineView(const QVector<VersionDiff::Section>& sections, bool changedOnly);
    static QString sideBySide(const QVector<VersionDiff::Section>& sections, bool changedOnly, const QString& leftTitle,
                              const QString& rightTitle);
};

} // namespace myfyrio
