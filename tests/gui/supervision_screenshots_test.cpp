// Renders the supervision screens to PNG files for looking at (not run by default):
//   myfyrio_gui_tests "[.screenshots][supervision]"   → /tmp/shots/supervision/*.png

#include "app/supervision/agreementsview.h"
#include "app/supervision/historypanel.h"
#include "app/supervision/reviewtogetherdialog.h"
#include "app/supervision/sessioneditordialog.h"
#include "core/i18n/translations.h"
#include "core/journal/reflectionstore.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "core/supervision/sessionstore.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace myfyrio;

namespace {

QString seed(const Database& db)
{
    test::addReflection(db, QStringLiteral("Ymweliad cartref â Mrs Hughes"), QDate(2024, 4, 2), {}, {},
                        QStringLiteral("cy"));
    Reflection brought = test::addReflection(db, QStringLiteral("Safeguarding referral"), QDate(2024, 4, 20));
    brought.bringToSupervision = true;
    REQUIRE(ReflectionStore(db).update(brought).ok());

    AgreementContent c;
    c.supervisorName = QStringLiteral("Siân Llewelyn");
    c.supervisorRole = QStringLiteral("Uwch ymarferydd");
    c.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    c.superviseeRole = QStringLiteral("Gweithiwr cymdeithasol");
    c.startDate = QDate(2024, 1, 8);
    c.reviewDate = QDate(2024, 6, 3);
    c.frequencyWeeks = 4;
    c.lengthMinutes = 90;
    c.format = QStringLiteral("one_to_one");
    c.functions = {QStringLiteral("management"), QStringLiteral("development"), QStringLiteral("support"),
                   QStringLiteral("mediation")};
    c.texts.insert(QStringLiteral("context"), QStringLiteral("Social Care Wales Code of Professional Practice; the "
                                                             "council's supervision policy."));
    c.texts.insert(QStringLiteral("practicalities"), QStringLiteral("In the small meeting room on the first floor, "
                                                                    "phones off. The supervisee books the room."));
    c.texts.insert(QStringLiteral("recording"),
                   QStringLiteral("The supervisor writes the record within five working days "
                                  "and the supervisee may add comments."));
    c.texts.insert(QStringLiteral("confidentiality"), QStringLiteral("What we discuss stays between us, except where "
                                                                     "there is a safeguarding concern."));
    const AgreementStore store(db);
    auto created = store.create(c, SectionCatalog::supervisee());
    REQUIRE(created.ok());
    const QString id = created->id;
    REQUIRE(store.sign(id, Signature{SectionCatalog::supervisor(), c.supervisorName, QDate(2024, 1, 8)}).ok());
    REQUIRE(store.sign(id, Signature{SectionCatalog::supervisee(), c.superviseeName, QDate(2024, 1, 8)}).ok());
    AgreementContent changed = c;
    changed.frequencyWeeks = 3;
    changed.texts[QStringLiteral("recording")] = QStringLiteral("The supervisee writes the record within three working "
                                                                "days and the supervisor may add comments.");
    REQUIRE(store.saveDraft(id, changed).ok());

    const SessionStore sessions(db);
    const auto session = [&](const QDate& date, bool held, const QStringList& functions) {
        Session s;
        s.agreementId = id;
        s.date = date;
        s.held = held;
        s.functions = functions;
        if (!held) {
            s.cancelReason = QStringLiteral("Argyfwng diogelu");
            s.rebooked = true;
        }
        REQUIRE(sessions.save(s).ok());
    };
    session(QDate(2024, 1, 29), true, {QStringLiteral("support"), QStringLiteral("development")});
    session(QDate(2024, 2, 26), true, {QStringLiteral("management"), QStringLiteral("support")});
    session(QDate(2024, 3, 25), false, {});
    session(QDate(2024, 4, 2), true, {QStringLiteral("mediation")});
    Session withActions;
    withActions.agreementId = id;
    withActions.date = QDate(2024, 4, 29);
    withActions.functions = {QStringLiteral("development")};
    withActions.agenda = {AgendaItem{AgendaItem::Kind::Reflection, brought.id, {}, {}}};
    withActions.notes = QStringLiteral("We talked through the referral and what to record next time.");
    withActions.actions = {SessionAction{{},
                                         {},
                                         QStringLiteral("Read the safeguarding policy again"),
                                         SectionCatalog::supervisee(),
                                         QDate(2024, 5, 13),
                                         false}};
    REQUIRE(sessions.save(withActions).ok());
    return id;
}

void save(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots/supervision"));
    QTest::qWait(20);
    REQUIRE(widget->grab().save(QStringLiteral("/tmp/shots/supervision/%1-%2.png").arg(Translations::current(), name)));
}

} // namespace

TEST_CASE("Supervision screenshots in Welsh and English", "[.screenshots][supervision]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("cy")}) {
        test::switchLanguage(language);
        test::TempJournal temp;
        auto db = temp.open();
        const QString id = seed(*db);
        AgreementsView view(*db);
        view.setToday(QDate(2024, 5, 27));
        view.resize(1280, 820);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        save(&view, QStringLiteral("1-editor"));
        view.tabs()->setCurrentIndex(1);
        save(&view, QStringLiteral("2-history"));
        view.tabs()->setCurrentIndex(2);
        save(&view, QStringLiteral("3-sessions"));
        view.tabs()->setCurrentIndex(3);
        save(&view, QStringLiteral("4-overview"));

        const Agreement agreement = **AgreementStore(*db).find(id);
        ReviewTogetherDialog review(*db, agreement);
        review.show();
        REQUIRE(QTest::qWaitForWindowExposed(&review));
        for (int i = 0; i < 8; ++i)
            review.mark(i, ReviewTogetherDialog::Mark::Agreed);
        review.mark(8, ReviewTogetherDialog::Mark::ToDiscuss, QStringLiteral("Who writes the record?"));
        review.showSection(8);
        save(&review, QStringLiteral("5-review"));
        for (int i = 0; i < 13; ++i)
            review.mark(i, ReviewTogetherDialog::Mark::Agreed);
        review.showSection(12);
        save(&review, QStringLiteral("6-review-sign"));

        Session s = (*SessionStore(*db).list(id)).last();
        SessionEditorDialog editor(*db, s);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        save(&editor, QStringLiteral("7-session"));
    }
    test::switchLanguage(QStringLiteral("en"));
}
