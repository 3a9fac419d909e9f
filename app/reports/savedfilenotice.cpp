#include "app/reports/savedfilenotice.h"

#include "app/dialogs/messagebox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace myfyrio {

std::unique_ptr<QMessageBox> SavedFileNotice::create(QWidget* parent, const QString& title, const QString& path)
{
    const QFileInfo file(path);
    auto box = std::make_unique<QMessageBox>(
        QMessageBox::Information, title,
        //: %1 is the file's name, %2 the folder it was saved in.
        tr("Saved as “%1” in the folder “%2”.").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
        QMessageBox::NoButton, parent);
    QPushButton* open = box->addButton(tr("Open File"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFile"));
    QPushButton* folder = box->addButton(tr("Open Folder"), QMessageBox::ActionRole);
    folder->setObjectName(QStringLiteral("openFolder"));
    QPushButton* close = box->addButton(tr("Close"), QMessageBox::RejectRole);
    close->setObjectName(QStringLiteral("close"));
    box->setDefaultButton(close);
    box->setEscapeButton(close);
    return box;
}

void SavedFileNotice::show(QWidget* parent, const QString& title, const QString& path)
{
    const auto box = create(parent, title, path);
    QAbstractButton* clicked = MessageBox::exec(*box);
    const QString chosen = clicked ? clicked->objectName() : QString();
    if (chosen == QLatin1String("openFile"))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    else if (chosen == QLatin1String("openFolder"))
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace myfyrio
