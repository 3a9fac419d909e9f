#include "app/shell/applicationshell.h"

#include "app/dialogs/filedialog.h"
#include "app/dialogs/messagebox.h"
#include "app/mainwindow/mainwindow.h"
#include "app/shell/languagechooserdialog.h"
#include "core/i18n/translations.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace myfyrio {

bool ApplicationShell::chooseLanguage()
{
    const QString saved = Translations::savedLanguage();
    if (!saved.isEmpty()) {
        Translations::install(saved);
        return true;
    }
    LanguageChooserDialog chooser;
    chooser.exec();
    if (chooser.chosen().isEmpty())
        return false;
    Translations::install(chooser.chosen());
    Translations::saveLanguage(chooser.chosen());
    return true;
}

std::unique_ptr<Database> ApplicationShell::openJournal(QString path)
{
    while (true) {
        auto opened = Database::open(path);
        if (opened)
            return std::move(opened).value();
        QMessageBox box(QMessageBox::Critical, QStringLiteral("Myfyrio"),
                        //: %1 is a file name or folder.
                        tr("The journal %1 could not be opened.").arg(QDir::toNativeSeparators(path)));
        box.setInformativeText(opened.error() + QStringLiteral("\n\n") + tr("The file has been left as it is."));
        QPushButton* other = box.addButton(tr("Choose Another Journal…"), QMessageBox::AcceptRole);
        QPushButton* quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(other);
        box.setEscapeButton(quit);
        QAbstractButton* const clicked = MessageBox::exec(box);
        if (clicked != other)
            return nullptr;
        const QString chosen =
            FileDialog::getOpenFileName(nullptr, tr("Choose a Journal"), QFileInfo(path).absolutePath(),
                                        tr("Myfyrio journals (*.sqlite);;All files (*)"));
        if (!chosen.isEmpty())
            path = chosen;
    }
}

int ApplicationShell::run(const QString& databasePath, const QString& openFile)
{
    if (!chooseLanguage())
        return 0;
    std::unique_ptr<Database> database = openJournal(databasePath.isEmpty() ? Database::defaultPath() : databasePath);
    if (!database)
        return 1;
    MainWindow window(*database);
    window.show();
    if (!openFile.isEmpty())
        window.openFile(openFile);
    return QApplication::exec();
}

} // namespace myfyrio
