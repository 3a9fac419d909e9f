#pragma once

#include <QString>

class QWidget;

namespace myfyrio {

/// Every file chooser of the app goes through here, so that a test can give
/// the answer without a timer (after KeePassXC's FileDialog::setNextFileName).
/// When a name has been queued, no dialog is shown and that name is returned
/// (an empty name means the person cancelled).
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir = {});

    /// The next file dialog returns this path.
    static void setNextFileName(const QString& path);
    /// The path the last dialog suggested (its "dir" argument), for tests of suggested names.
    static QString lastSuggestion();
    static void reset();
};

} // namespace myfyrio
