#include "app/dialogs/filedialog.h"

#include <QFileDialog>
#include <QQueue>

namespace myfyrio {

namespace {

QQueue<QString>& queued()
{
    static QQueue<QString> names;
    return names;
}

QString& suggestion()
{
    static QString last;
    return last;
}

template <typename Ask> QString answer(const QString& dir, Ask ask)
{
    suggestion() = dir;
    if (!queued().isEmpty())
        return queued().dequeue();
    return ask();
}

} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    return answer(dir, [&] { return QFileDialog::getOpenFileName(parent, caption, dir, filter); });
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    return answer(dir, [&] { return QFileDialog::getSaveFileName(parent, caption, dir, filter); });
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    return answer(dir, [&] { return QFileDialog::getExistingDirectory(parent, caption, dir); });
}

void FileDialog::setNextFileName(const QString& path)
{
    queued().enqueue(path);
}

QString FileDialog::lastSuggestion()
{
    return suggestion();
}

void FileDialog::reset()
{
    queued().clear();
    suggestion().clear();
}

} // namespace myfyrio
