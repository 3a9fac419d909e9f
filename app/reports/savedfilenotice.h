#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QMessageBox;
class QWidget;

namespace myfyrio {

/// Says where a file was saved and offers to open it or the folder it is in
/// (through the desktop's own applications, QDesktopServices).
class SavedFileNotice
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::SavedFileNotice)

public:
    /// Shows the notice and opens what the person chose.
    static void show(QWidget* parent, const QString& title, const QString& path);
    /// The message box show() runs, with its "Open File", "Open Folder" and
    /// "Close" buttons (object names openFile, openFolder, close).
    static std::unique_ptr<QMessageBox> create(QWidget* parent, const QString& title, const QString& path);
};

} // namespace myfyrio
