#pragma once

#include "core/cpd/cpdprogress.h"

#include <QWidget>

namespace myfyrio {

/// A bar for each thing the regulator counts: how much is done against what
/// is required, with the numbers written beside it ("CPD hours: 12 of 35").
/// A met requirement is drawn in green. Screen readers get the same lines as
/// the widget's accessible description.
class CpdProgressChart : public QWidget
{
    Q_OBJECT

public:
    explicit CpdProgressChart(QWidget* parent = nullptr);

    void setMeasures(const QVector<CpdMeasure>& measures);
    /// The lines drawn, in the interface language.
    QStringList lines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;

    QVector<CpdMeasure> m_measures;
};

} // namespace myfyrio
