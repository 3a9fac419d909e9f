#include "app/mainwindow/aboutdialog.h"

#include "app/dialogs/messagebox.h"
#include "app/icons/icons.h"

#include <QDir>
#include <QMessageBox>

namespace myfyrio {

QString AboutDialog::text(const QString& databasePath)
{
    //: %1 is a version number.
    const QString version = tr("Version %1").arg(QStringLiteral(MYFYRIO_VERSION));
    const QString purpose = tr("A reflective-practice journal in Welsh and English: write about your practice, "
                               "find what you wrote, and bring what matters to supervision.");
    const QString privacy = tr("Your journal stays on this computer.");
    //: %1 is a file name or folder.
    const QString file = tr("Journal file: %1").arg(QDir::toNativeSeparators(databasePath));
    const QString licence = tr("Free software under the GNU General Public Licence, version 3 or later "
                               "(GPL-3.0-or-later).");
    return QStringLiteral("<h3>Myfyrio</h3><p>%1</p><p>%2</p><p><b>%3</b></p><p>%4</p><p>%5</p>")
        .arg(version.toHtmlEscaped(), purpose.toHtmlEscaped(), privacy.toHtmlEscaped(), file.toHtmlEscaped(),
             licence.toHtmlEscaped());
}

void AboutDialog::show(QWidget* parent, const QString& databasePath)
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Myfyrio"), text(databasePath), QMessageBox::Ok, parent);
    box.setIconPixmap(Icons::application().pixmap(96, 96));
    box.setWindowIcon(Icons::application());
    MessageBox::exec(box);
}

} // namespace myfyrio
