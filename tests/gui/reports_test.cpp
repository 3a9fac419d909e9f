#include "app/dialogs/messagebox.h"
#include "app/journal/journalpanel.h"
#include "app/mainwindow/mainwindow.h"
#include "app/reports/reportactions.h"
#include "app/reports/reportdialog.h"
#include "core/i18n/translations.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportpainter.h"
#include "tests/gui/guihelpers.h"
#include "tests/support/catch.h"
#include "tests/support/tempjournal.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTreeView>

using namespace myfyrio;

namespace {

void grabTo(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots/reports"));
    widget.grab().save(QStringLiteral("/tmp/shots/reports/%1.png").arg(name));
}

} // namespace

TEST_CASE("the File menu offers reports and backups", "[gui][reports]")
{
    test::TempJournal temp;
    auto db = temp.open();
    MainWindow window(*db);
    for (const char* name : {"report", "exportBackup", "importBackup", "exportMarkdown"}) {
        INFO(name);
        QAction* action = window.action(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK_FALSE(action->text().isEmpty());
    }
    test::switchLanguage(QStringLiteral("cy"));
    CHECK(window.action(QStringLiteral("exportBackup"))->text() != QStringLiteral("Export &Backup…"));
    test::switchLanguage(QStringLiteral("en"));
    CHECK(window.action(QStringLiteral("exportBackup"))->text() == QStringLiteral("Export &Backup…"));
}

TEST_CASE("the report dialog warns before a copy with private reflections", "[gui][reports]")
{
    test::TempJournal temp;
    auto db = temp.open();
    const Reflection shared = test::addReflection(*db, QStringLiteral("Ymweliad"), QDate(2024, 3, 1));
    ReportDialog dialog(*db);
    dialog.show();
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("privateWarning"));
    REQUIRE(warning);
    CHECK_FALSE(warning->isVisible());
    CHECK_FALSE(dialog.options().includePrivate);
    auto* include = dialog.findChildren<QCheckBox*>().constLast();
    include->setChecked(true);
    CHECK(warning->isVisible());
    CHECK(dialog.options().includePrivate);
    grabTo(dialog, QStringLiteral("dialog-en"));

    dialog.setKind(ReportKind::Reflection);
    dialog.setItemId(shared.id);
    CHECK(dialog.options().kind == ReportKind::Reflection);
    CHECK(dialog.options().id == shared.id);
    test::switchLanguage(QStringLiteral("cy"));
    grabTo(dialog, QStringLiteral("dialog-cy"));
    test::switchLanguage(QStringLiteral("en"));
}

TEST_CASE("importing a backup from the File menu shows the new reflections in the journal list", "[gui][reports]")
{
    test::TempJournal source;
    auto db = source.open();
    test::addReflection(*db, QStringLiteral("IMPORTEDREFLECTION"), QDate(2024, 3, 1));
    const QString path = source.file(QStringLiteral("backup.json"));
    QWidget holder;
    QMenu menu;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ReportActions(*db, menu, &holder).exportBackup(path);

    test::TempJournal target;
    auto other = target.open();
    MainWindow window(*other);
    auto* actions = window.findChild<ReportActions*>();
    REQUIRE(actions);
    auto* panel = window.findChild<JournalPanel*>();
    REQUIRE(panel);
    auto* tree = panel->findChild<QTreeView*>();
    REQUIRE(tree);
    auto rowsWithTitle = [tree] {
        return tree->model()
            ->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("IMPORTEDREFLECTION"), -1,
                    Qt::MatchRecursive | Qt::MatchContains)
            .size();
    };
    CHECK(rowsWithTitle() == 0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions->importBackup(path);
    CHECK(actions->lastMessage().contains(QStringLiteral("Records added: ")));
    CHECK(rowsWithTitle() >= 1);
}

TEST_CASE("backup actions export and import through the journal", "[gui][reports]")
{
    test::TempJournal source;
    auto db = source.open();
    test::addReflection(*db, QStringLiteral("Ymweliad"), QDate(2024, 3, 1));
    QWidget window;
    QMenu menu;
    ReportActions actions(*db, menu, &window);
    const QString path = source.file(QStringLiteral("backup.json"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    actions.exportBackup(path);
    CHECK(QFileInfo::exists(path));

    test::TempJournal target;
    auto other = target.open();
    QWidget otherWindow;
    ReportActions importer(*other, menu, &otherWindow);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    importer.importBackup(path);
    CHECK(importer.lastMessage().contains(QStringLiteral("Records added: ")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    importer.importBackup(path);
    CHECK(importer.lastMessage().contains(QStringLiteral("Records added: 0")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    importer.importBackup(source.file(QStringLiteral("missing.json")));
    CHECK(importer.lastMessage().contains(QStringLiteral("could not be opened")));
}

TEST_CASE("print preview paints the report through Qt Print Support", "[gui][reports]")
{
    test::TempJournal temp;
    auto db = temp.open();
    Reflection shared = test::addReflection(*db, QStringLiteral("Ymweliad â'r teulu"), QDate(2024, 3, 1), {},
                                            QStringLiteral("Effaith fawr ar y teulu."), QStringLiteral("cy"));
    ReportOptions options;
    options.kind = ReportKind::Reflection;
    options.id = shared.id;
    options.language = QStringLiteral("both");
    options.includePrivate = true;
    auto content = ReportBuilder(*db).build(options);
    REQUIRE(content.ok());
    QPrinter printer(QPrinter::HighResolution);
    ReportPainter::setUpPage(printer, QPageSize::A4);
    QPrintPreviewWidget preview(&printer);
    int painted = 0;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, [&](QPrinter* target) {
        CHECK(ReportPainter::paint(*content, *target).ok());
        ++painted;
    });
    preview.resize(700, 900);
    preview.show();
    preview.updatePreview();
    CHECK(painted >= 1);
    CHECK(preview.pageCount() >= 1);
    grabTo(preview, QStringLiteral("print-preview"));
}
