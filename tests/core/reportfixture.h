#pragma once

#include "core/journal/reflection.h"
#include "core/report/reportoptions.h"

#include <QString>

namespace myfyrio {
class Database;
}

namespace myfyrio::test {

/// A small journal for report tests: a shared guided reflection in Welsh with
/// actions and a failure placement, a shared English one, a private one, and
/// a long one that needs several pages.
struct ReportJournal {
    Reflection welsh;
    Reflection english;
    Reflection secret;
    Reflection longOne;

    void fill(const Database& db);

    /// CPD for the regulators' forms: a shared What? / So what? / Now what?
    /// reflection (course, 3.5 h, participatory, NMC "Preserve safety", with a
    /// photo attached), a shared free-writing one (reading, 1.25 h, SCW Code 6,
    /// written with a peer), and a private one (practice, 2 h).
    Reflection cpdGuided;
    Reflection cpdPlain;
    Reflection cpdPrivate;

    void fillCpd(const Database& db);
};

/// Options for a report of the given kind and language, for the test owner "Siân Ffion Jones".
ReportOptions optionsFor(ReportKind kind, const QString& language = QStringLiteral("en"));

/// Makes a report and returns the text pdftotext finds in it; also checks
/// that the file was written. Fails the test when pdftotext is missing.
QString reportText(const Database& db, const ReportOptions& options, const QString& pdfPath);

/// True when pdftotext is installed.
bool havePdfTools();

/// Runs a poppler tool on a PDF and returns its standard output.
QString runTool(const QString& tool, const QStringList& arguments);

} // namespace myfyrio::test
