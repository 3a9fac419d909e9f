#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace myfyrio {

/// Help > About Myfyrio: the name, version, purpose, licence, and where the
/// journal file is.
class AboutDialog
{
    Q_DECLARE_TR_FUNCTIONS(myfyrio::AboutDialog)

public:
    static QString text(const QString& databasePath);
    static void show(QWidget* parent, const QString& databasePath);
};

} // namespace myfyrio
