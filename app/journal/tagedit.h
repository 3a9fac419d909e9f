#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace myfyrio {

/// A line edit for comma-separated tags that completes the tag being typed
/// (the text after the last comma) from the tags already in the journal.
class TagEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit TagEdit(QWidget* parent = nullptr);

    void setKnownTags(const QStringList& tags);
    QStringList tags() const;
    void setTags(const QStringList& tags);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateCompletion();
    void insertCompletion(const QString& tag);

    QCompleter* m_completer;
    QStringListModel* m_known;
};

} // namespace myfyrio
