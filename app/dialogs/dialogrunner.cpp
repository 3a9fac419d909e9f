#include "app/dialogs/dialogrunner.h"

#include <QQueue>

namespace myfyrio {

namespace {

QQueue<DialogRunner::Step>& queued()
{
    static QQueue<DialogRunner::Step> steps;
    return steps;
}

} // namespace

int DialogRunner::exec(QDialog& dialog)
{
    if (queued().isEmpty())
        return dialog.exec();
    const Step step = queued().dequeue();
    dialog.setResult(QDialog::Rejected);
    step(dialog);
    return dialog.result();
}

void DialogRunner::setNextStep(Step step)
{
    queued().enqueue(std::move(step));
}

int DialogRunner::pendingSteps()
{
    return int(queued().size());
}

void DialogRunner::reset()
{
    queued().clear();
}

} // namespace myfyrio
