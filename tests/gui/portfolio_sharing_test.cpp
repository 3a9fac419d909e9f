// The confidentiality guard before something leaves the app, and the evidence
// panel's buttons, driven through the dialog seams (app/dialogs).

#include "app/attachments/attachmentspanel.h"
#include "app/dialogs/dialogrunner.h"
#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/privacy/guarddialog.h"
#include "app/reports/reportdialog.h"
#include "app/supervision/agreementsview.h"
#include "core/attachments/attachmentstore.h"
#include "core/journal/reflectionstore.h"
#include "core/privacy/protectednames.h"
#include "core/storage/database.h"
#include "core/supervision/agreementstore.h"
#include "core/supervision/sectioncatalog.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>

#include <sys/stat.h>

using namespace myfyrio;

namespace {

/// The text pdftotext reads from a PDF, as UTF-8.
QString pdfText(const QString& path)
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(tool.waitForFinished(60000));
    REQUIRE(tool.exitCode() == 0);
    // Lines broken by the layout are joined, so that a sentence is found whole.
    return QString::fromUtf8(tool.readAllStandardOutput()).simplified();
}

QPushButton* buttonNamed(const QWidget& parent, const QString& text)
{
    const QList<QPushButton*> buttons = parent.findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->text() == text)
            return button;
    }
    FAIL("No button " << text.toStdString());
    return nullptr;
}

/// Clicks one of the guard dialog's buttons as the writer would.
DialogRunner::Step clickInGuard(QPushButton* (GuardDialog::*button)() const)
{
    return [button](QDialog& dialog) {
        auto* guard = qobject_cast<GuardDialog*>(&dialog);
        REQUIRE(guard);
        (guard->*button)()->click();
    };
}

DialogRunner::Step goBackFromGuard()
{
    return [](QDialog& dialog) {
        REQUIRE(qobject_cast<GuardDialog*>(&dialog));
        dialog.reject();
    };
}

struct SharedReflection {
    test::TempJournal temp;
    std::unique_ptr<Database> db = temp.open();
    Reflection reflection;

    SharedReflection()
    {
        ProtectedNames::save(ProtectedNames({QStringLiteral("Mair Pritchard")}));
        Reflection r;
        r.title = QStringLiteral("Home visit");
        r.date = QDate(2024, 5, 2);
        r.body = QStringLiteral("Mair Pritchard was at home in CF10 3AT when I called on 029 2087 0000.");
        r.bringToSupervision = true;
        auto added = ReflectionStore(*db).add(r);
        REQUIRE(added.ok());
        reflection = *added;
    }
    ~SharedReflection() { ProtectedNames::save({}); }
};

} // namespace

TEST_CASE("Saving a shared report runs the guard: replace, share with a warning, or go back", "[gui][privacy]")
{
    SharedReflection journal;
    ReportDialog dialog(*journal.db);
    dialog.setKind(ReportKind::Reflection);
    dialog.setItemId(journal.reflection.id);
    REQUIRE(dialog.options().id == journal.reflection.id);
    QPushButton* save = buttonNamed(dialog, QStringLiteral("Save as PDF…"));

    SECTION("going back writes nothing and asks for no file")
    {
        const QString path = journal.temp.file(QStringLiteral("back.pdf"));
        DialogRunner::setNextStep(goBackFromGuard());
        FileDialog::setNextFileName(path);
        save->click();
        CHECK(DialogRunner::pendingSteps() == 0);
        CHECK_FALSE(QFileInfo::exists(path)); // the name queued for the file dialog was never asked for
        FileDialog::reset();
    }
    SECTION("replacing puts placeholders where the identifiers were")
    {
        const QString path = journal.temp.file(QStringLiteral("replaced.pdf"));
        DialogRunner::setNextStep(clickInGuard(&GuardDialog::replaceButton));
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::RejectRole); // the "Report saved" notice
        save->click();
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("[name] was at home in [postcode] when I called on [phone number].")));
        CHECK_FALSE(text.contains(QStringLiteral("Pritchard")));
        CHECK_FALSE(text.contains(QStringLiteral("CF10")));
        CHECK_FALSE(text.contains(QStringLiteral("confidentiality guard")));
    }
    SECTION("sharing anyway keeps them and says so on the report")
    {
        const QString path = journal.temp.file(QStringLiteral("anyway.pdf"));
        DialogRunner::setNextStep(clickInGuard(&GuardDialog::anywayButton));
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::RejectRole);
        save->click();
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("Mair Pritchard was at home in CF10 3AT")));
        CHECK(text.contains(QStringLiteral("The writer chose to share this report with details the confidentiality "
                                           "guard found that could identify someone (3).")));
    }
    SECTION("in Welsh the dialog and a Welsh report's placeholders are Welsh")
    {
        test::switchLanguage(QStringLiteral("cy"));
        ReportDialog welsh(*journal.db); // its report language follows the interface
        welsh.setKind(ReportKind::Reflection);
        welsh.setItemId(journal.reflection.id);
        const QString path = journal.temp.file(QStringLiteral("cy.pdf"));
        QString title;
        DialogRunner::setNextStep([&title](QDialog& guard) {
            title = guard.windowTitle();
            qobject_cast<GuardDialog*>(&guard)->replaceButton()->click();
        });
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::RejectRole);
        buttonNamed(welsh, QStringLiteral("Cadw fel PDF…"))->click();
        test::switchLanguage(QStringLiteral("en"));
        CHECK(title == QStringLiteral("Cyn i Chi Rannu Hyn"));
        CHECK(pdfText(path).contains(QStringLiteral("[enw] was at home in [cod post] when I called on [rhif ffôn].")));
    }
}

TEST_CASE("A private copy for oneself is not scanned; a clean report asks nothing", "[gui][privacy]")
{
    SharedReflection journal;
    ReportDialog dialog(*journal.db);
    dialog.setKind(ReportKind::Portfolio);
    dialog.findChildren<QCheckBox*>().constLast()->setChecked(true); // include private reflections
    REQUIRE(dialog.options().includePrivate);
    const QString path = journal.temp.file(QStringLiteral("mine.pdf"));
    DialogRunner::setNextStep(goBackFromGuard());
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::RejectRole);
    buttonNamed(dialog, QStringLiteral("Save as PDF…"))->click();
    CHECK(DialogRunner::pendingSteps() == 1); // the guard never came
    CHECK(pdfText(path).contains(QStringLiteral("Mair Pritchard")));

    DialogRunner::reset();
    ProtectedNames::save({});
    Reflection clean = journal.reflection;
    clean.body = QStringLiteral("A visit that went well.");
    REQUIRE(ReflectionStore(*journal.db).update(clean).ok());
    dialog.findChildren<QCheckBox*>().constLast()->setChecked(false);
    const QString shared = journal.temp.file(QStringLiteral("shared.pdf"));
    DialogRunner::setNextStep(goBackFromGuard());
    FileDialog::setNextFileName(shared);
    MessageBox::setNextAnswer(QMessageBox::RejectRole);
    buttonNamed(dialog, QStringLiteral("Save as PDF…"))->click();
    CHECK(DialogRunner::pendingSteps() == 1);
    CHECK(pdfText(shared).contains(QStringLiteral("A visit that went well.")));
}

TEST_CASE("Exporting an agreement runs the guard, which can only share it or go back", "[gui][privacy][supervision]")
{
    test::TempJournal temp;
    auto db = temp.open();
    ProtectedNames::save(ProtectedNames({QStringLiteral("Dylan")}));
    AgreementContent content;
    content.supervisorName = QStringLiteral("Siân Llewelyn");
    content.superviseeName = QStringLiteral("Dafydd ap Gwilym");
    content.texts.insert(QStringLiteral("context"), QStringLiteral("We will not discuss Dylan outside supervision."));
    auto created = AgreementStore(*db).create(content, SectionCatalog::supervisee());
    REQUIRE(created.ok());
    AgreementsView view(*db);
    REQUIRE(view.select(created->id));

    const QString back = temp.file(QStringLiteral("back.myfyrio-agreement"));
    bool replaceOffered = true;
    DialogRunner::setNextStep([&replaceOffered](QDialog& dialog) {
        replaceOffered = !qobject_cast<GuardDialog*>(&dialog)->replaceButton()->isHidden();
        dialog.reject();
    });
    FileDialog::setNextFileName(back);
    view.exportAgreement();
    CHECK(DialogRunner::pendingSteps() == 0);
    CHECK_FALSE(replaceOffered);
    CHECK_FALSE(QFileInfo::exists(back));
    CHECK(MessageBox::answeredTexts().isEmpty());

    const QString shared = temp.file(QStringLiteral("shared.myfyrio-agreement"));
    DialogRunner::setNextStep(clickInGuard(&GuardDialog::anywayButton));
    FileDialog::setNextFileName(shared);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    view.exportAgreement();
    CHECK(QFileInfo::exists(shared));
    CHECK(test::fileBytes(shared).contains("Dylan"));
    ProtectedNames::save({});
}

TEST_CASE("The evidence panel's buttons add, save a copy of and remove a file through the dialogs",
          "[gui][attachments]")
{
    test::TempJournal temp;
    auto db = temp.open();
    const Reflection r = test::addReflection(*db, QStringLiteral("Course"), QDate(2024, 5, 1));
    AttachmentsPanel panel(*db);
    panel.load(r);
    panel.show();

    const QString source = temp.file(QStringLiteral("tystysgrif.pdf"));
    test::writeFile(source, QByteArrayLiteral("%PDF-1.4 tystysgrif"));
    FileDialog::setNextFileName(QString()); // cancelled: nothing added
    buttonNamed(panel, QStringLiteral("Add Files…"))->click();
    CHECK(panel.attachments().isEmpty());
    FileDialog::setNextFileName(source);
    buttonNamed(panel, QStringLiteral("Add Files…"))->click();
    REQUIRE(panel.attachments().size() == 1);
    panel.list()->setCurrentRow(0);

    const QString copy = temp.file(QStringLiteral("copy.pdf"));
    FileDialog::setNextFileName(copy);
    buttonNamed(panel, QStringLiteral("Save a Copy…"))->click();
    CHECK(test::fileBytes(copy) == QByteArrayLiteral("%PDF-1.4 tystysgrif"));
    CHECK(QFileInfo(FileDialog::lastSuggestion()).fileName() == QStringLiteral("tystysgrif.pdf"));
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(copy).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    // Removing asks first; Cancel keeps the file.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    buttonNamed(panel, QStringLiteral("Remove…"))->click();
    CHECK(panel.attachments().size() == 1);
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("backups made before now")));
    MessageBox::setNextAnswer(QMessageBox::DestructiveRole);
    buttonNamed(panel, QStringLiteral("Remove…"))->click();
    CHECK(panel.attachments().isEmpty());
    CHECK(AttachmentStore(*db).list(r.id)->isEmpty());

    // A file over 25 MB is refused with a message saying so.
    const QString big = temp.file(QStringLiteral("fideo.mp4"));
    test::writeFile(big, QByteArray(25 * 1024 * 1024 + 1, 'x'));
    FileDialog::setNextFileName(big);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    buttonNamed(panel, QStringLiteral("Add Files…"))->click();
    CHECK(panel.attachments().isEmpty());
    CHECK(MessageBox::answeredTexts().constLast().contains(QStringLiteral("25 MB")));
}
