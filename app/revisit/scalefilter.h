#pragma once

#include <QComboBox>

namespace myfyrio {

struct ReflectionFilter;

/// The journal list's filter by system scale: all scales, or one of them.
class ScaleFilter : public QComboBox
{
    Q_OBJECT

public:
    explicit ScaleFilter(QWidget* parent = nullptr);

    /// Writes the chosen scale into the filter (nothing for "All scales").
    void applyTo(ReflectionFilter& filter) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace myfyrio
