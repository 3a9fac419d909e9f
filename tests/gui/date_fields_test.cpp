// Issue 11: short dates in Welsh keep a four-digit year, as in English, in every
// date field of the dialogs and editors, also after the language is switched live.
#include "app/reports/reportdialog.h"
#include "app/supervision/agreementeditor.h"
#include "app/supervision/sessioneditordialog.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sessionstore.h"
#include "tests/gui/guihelpers.h"
#include "tests/gui/samplejournal.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDateEdit>

using namespace myfyrio;

namespace {

/// Every date field of the widget shows 2026 for a day in 2026, never "26" alone.
void checkYears(QWidget* widget, const QString& what)
{
    const QList<QDateEdit*> fields = widget->findChildren<QDateEdit*>();
    REQUIRE(!fields.isEmpty());
    for (QDateEdit* field : fields) {
        field->setDate(QDate(2026, 3, 9));
        INFO(what.toStdString() << ": " << field->displayFormat().toStdString() << " shows "
                                << field->text().toStdString());
        CHECK(field->displayFormat().contains(QStringLiteral("yyyy")));
        CHECK(field->text().contains(QStringLiteral("2026")));
    }
}

} // namespace

TEST_CASE("Date fields show a four-digit year in Welsh as in English, also after a live switch", "[gui][cy][dates]")
{
    test::switchLanguage(QStringLiteral("en"));
    test::TempJournal journal;
    auto db = journal.open();
    test::fillSampleJournal(*db);
    auto agreements = AgreementStore(*db).list();
    REQUIRE(agreements.ok());
    QVector<Session> recorded;
    for (const Agreement& agreement : agreements.value())
        if (auto sessions = SessionStore(*db).list(agreement.id); sessions.ok() && !sessions->isEmpty())
            recorded = sessions.value();
    REQUIRE(!recorded.isEmpty());

    ReportDialog report(*db);
    AgreementEditor editor(*db);
    SessionEditorDialog session(*db, recorded.constFirst());
    // Made in English, then switched to Welsh while open, as a user would.
    test::switchLanguage(QStringLiteral("cy"));
    checkYears(&report, QStringLiteral("report"));
    checkYears(&editor, QStringLiteral("agreement editor"));
    checkYears(&session, QStringLiteral("session"));

    SECTION("and when made in Welsh")
    {
        ReportDialog welshReport(*db);
        checkYears(&welshReport, QStringLiteral("report made in Welsh"));
    }
    test::switchLanguage(QStringLiteral("en"));
}
