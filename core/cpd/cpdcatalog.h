#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace myfyrio {

/// The codes a CPD record stores and their labels in Welsh and English: the
/// kinds of activity, and the standards an activity can relate to (the four
/// themes of the NMC Code; the sections of the Social Care Wales Code of
/// Professional Practice). Labels paraphrase the regulators' own wording.
class CpdCatalog
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::CpdCatalog)

public:
    static QStringList typeCodes();
    static bool isType(const QString& code) { return typeCodes().contains(code); }
    /// In the given language ("en" or "cy").
    static QString typeLabel(const QString& code, const QString& language);

    static QStringList standardCodes();
    static bool isStandard(const QString& code) { return standardCodes().contains(code); }
    static QString standardLabel(const QString& code, const QString& language);
    /// The codes of one body's standards: "nmc" or "scw".
    static QStringList standardsOf(const QString& body);

    /// Hours as the writer types them ("1.5", "1,5", "2"): quarter hours, or -1
    /// when the text is not a number of whole quarter hours from 0 to 1000.
    static int quarterHoursFromText(const QString& text);
    /// Hours written out in a language: "1.5", "1,5" in Welsh locale rules, "2".
    static QString hoursText(int quarterHours, const QString& language);
    /// "1.5" whatever the language, for JSON, Markdown and the command line.
    static QString hoursCode(int quarterHours);
};

} // namespace myfyrio
