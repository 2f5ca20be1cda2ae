// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentactions.h"

#include "forms/recordform.h"
#include "forms/recordview.h"
#include "metadata/value.h"
#include "sales/salesdocs.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "util/background.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace trato {

namespace {

QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020"));
    return l;
}

QString milli(qint64 v)
{
    return QLocale().toString(double(v) / 1000.0, 'f', v % 1000 == 0 ? 0 : 3);
}

Result<qint64> parseQuantity(const QString &text)
{
    const Field f = Field::make("quantity", FieldType::Quantity, "Quantity");
    auto v = Value::parse(f, text, QLocale());
    if (!v)
        return v.error();
    return qint64(v.value().toLongLong());
}

const QStringList kLive = {QStringLiteral("issued"), QStringLiteral("partially_paid"), QStringLiteral("paid"), QStringLiteral("overdue")};

} // namespace

DocumentActions::DocumentActions(Database &db, const QString &entity, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_entity(entity)
{
    setObjectName(QStringLiteral("documentActions"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (entity == QLatin1String("quote"))
        m_toOrder = button(this, tr("Convert to order"), "convertToOrderButton");
    if (entity == QLatin1String("quote") || entity == QLatin1String("sales_order"))
        m_toInvoice = button(this, tr("Convert to invoice"), "convertToInvoiceButton");
    if (entity == QLatin1String("sales_order")) {
        m_ship = button(this, tr("Ship"), "shipOrderButton");
        m_cancel = button(this, tr("Cancel order"), "cancelOrderButton");
    }
    if (entity == QLatin1String("invoice") || entity == QLatin1String("credit_note"))
        m_issue = button(this, entity == QLatin1String("invoice") ? tr("Issue invoice") : tr("Issue credit note"), "issueDocumentButton");
    if (entity == QLatin1String("invoice")) {
        m_pay = button(this, tr("Record payment…"), "recordPaymentButton");
        m_credit = button(this, tr("Credit note…"), "creditNoteButton");
    }
    for (QPushButton *b : {m_toOrder, m_toInvoice, m_ship, m_cancel, m_issue, m_pay, m_credit})
        if (b)
            layout->addWidget(b);
    if (m_toOrder)
        connect(m_toOrder, &QPushButton::clicked, this, [this] { convertTo(QStringLiteral("sales_order")); });
    if (m_toInvoice)
        connect(m_toInvoice, &QPushButton::clicked, this, [this] { convertTo(QStringLiteral("invoice")); });
    if (m_ship)
        connect(m_ship, &QPushButton::clicked, this, &DocumentActions::ship);
    if (m_cancel)
        connect(m_cancel, &QPushButton::clicked, this, &DocumentActions::cancelOrder);
    if (m_issue)
        connect(m_issue, &QPushButton::clicked, this, &DocumentActions::issue);
    if (m_pay)
        connect(m_pay, &QPushButton::clicked, this, &DocumentActions::recordPayment);
    if (m_credit)
        connect(m_credit, &QPushButton::clicked, this, &DocumentActions::creditNote);
    connect(&db, &Database::recordsChanged, this, [this](const QString &changed) {
        if (changed == m_entity)
            refresh();
    });
}

void DocumentActions::setRecordId(const QString &id)
{
    m_id = id;
    refresh();
}

void DocumentActions::refresh()
{
    m_status.clear();
    bool deleted = false;
    if (!m_id.isEmpty()) {
        auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT status, deleted FROM %1 WHERE id = ?").arg(m_entity), {m_id});
        if (q && q.value().next()) {
            m_status = q.value().value(0).toString();
            deleted = q.value().value(1).toBool();
        }
    }
    const bool live = !m_id.isEmpty() && !deleted;
    const bool convertible = m_entity == QLatin1String("quote")
        ? (m_status == QLatin1String("draft") || m_status == QLatin1String("sent") || m_status == QLatin1String("accepted"))
        : (m_status == QLatin1String("open") || m_status == QLatin1String("shipped"));
    if (m_toOrder)
        m_toOrder->setEnabled(live && convertible);
    if (m_toInvoice)
        m_toInvoice->setEnabled(live && convertible);
    if (m_ship)
        m_ship->setEnabled(live && m_status == QLatin1String("open"));
    if (m_cancel)
        m_cancel->setEnabled(live && m_status == QLatin1String("open"));
    if (m_issue)
        m_issue->setEnabled(live && m_status == QLatin1String("draft"));
    if (m_pay)
        m_pay->setEnabled(live && kLive.contains(m_status) && m_status != QLatin1String("paid"));
    if (m_credit)
        m_credit->setEnabled(live && kLive.contains(m_status));
    lockForm(live && !SalesDocs::editable(m_entity, m_status));
}

// After an operation changed the document: the record view re-reads it (which refreshes this part
// through setRecordId), or, outside a record view, the buttons follow the new status.
void DocumentActions::afterAction()
{
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *view = qobject_cast<RecordView *>(w)) {
            view->reload();
            return;
        }
    }
    refresh();
}

// The record view's form: read-only while the document may no longer change.
void DocumentActions::lockForm(bool locked)
{
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *view = qobject_cast<RecordView *>(w)) {
            if (auto *form = view->findChild<RecordForm *>())
                form->setEnabled(!locked);
            return;
        }
    }
}

void DocumentActions::refuse(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("documentRefusal"));
    box.exec();
}

void DocumentActions::convertTo(const QString &target)
{
    auto id = SalesDocuments(m_db).convert(m_entity, m_id, target);
    if (!id) {
        refuse(tr("Convert"), id.error().message);
        return;
    }
    afterAction();
    Q_EMIT message(target == QLatin1String("invoice") ? tr("Draft invoice created.") : tr("Sales order created."));
    Q_EMIT openRequested(target, id.value());
}

void DocumentActions::ship()
{
    auto warnings = SalesDocuments(m_db).ship(m_id);
    if (!warnings) {
        refuse(tr("Ship"), warnings.error().message);
        return;
    }
    afterAction();
    Q_EMIT message(warnings.value().isEmpty() ? tr("Order shipped.") : tr("Order shipped. %1").arg(warnings.value().join(QLatin1Char(' '))));
}

void DocumentActions::cancelOrder()
{
    if (m_confirm && QMessageBox::question(this, tr("Cancel order"), tr("Cancel this sales order and release its reserved stock?")) != QMessageBox::Yes)
        return;
    if (Status s = SalesDocuments(m_db).cancel(m_id); !s) {
        refuse(tr("Cancel order"), s.error().message);
        return;
    }
    afterAction();
    Q_EMIT message(tr("Order cancelled."));
}

void DocumentActions::issue()
{
    const bool invoice = m_entity == QLatin1String("invoice");
    if (m_confirm
        && QMessageBox::question(this, invoice ? tr("Issue invoice") : tr("Issue credit note"),
                                 tr("Once issued it gets its number and can no longer be changed. Issue it now?"))
            != QMessageBox::Yes)
        return;
    SalesDocuments docs(m_db);
    QStringList warnings;
    auto number = invoice ? docs.issue(m_id, &warnings) : docs.issueCreditNote(m_id);
    if (!number) {
        refuse(invoice ? tr("Issue invoice") : tr("Issue credit note"), number.error().message);
        return;
    }
    afterAction();
    Q_EMIT message(tr("Issued as %1.").arg(number.value()) + (warnings.isEmpty() ? QString() : QLatin1Char(' ') + warnings.join(QLatin1Char(' '))));
}

void DocumentActions::recordPayment()
{
    PaymentDialog dialog(m_db, m_id, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Payment recorded."));
    afterAction();
}

void DocumentActions::creditNote()
{
    CreditNoteDialog dialog(m_db, m_id, this);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT message(tr("Credit note issued."));
        afterAction();
        Q_EMIT openRequested(QStringLiteral("credit_note"), dialog.creditNoteId());
        return;
    }
    afterAction();
}

// ---- Record payment ----

PaymentDialog::PaymentDialog(Database &db, const QString &invoice, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_invoice(invoice)
{
    setObjectName(QStringLiteral("paymentDialog"));
    auto info = SalesDocuments(db).load(QStringLiteral("invoice"), invoice);
    setWindowTitle(tr("Record payment of %1").arg(info ? info.value().number : QString()));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    if (info)
        m_amount->setText(QLocale().toString(double(info.value().balanceDue) / 100.0, 'f', 2));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    const QList<QPair<const char *, const char *>> methods = {
        {"transfer", QT_TRANSLATE_NOOP("trato::Metadata", "Bank transfer")}, {"card", QT_TRANSLATE_NOOP("trato::Metadata", "Card")},
        {"cash", QT_TRANSLATE_NOOP("trato::Metadata", "Cash")},              {"direct_debit", QT_TRANSLATE_NOOP("trato::Metadata", "Direct debit")},
        {"cheque", QT_TRANSLATE_NOOP("trato::Metadata", "Cheque")},          {"other", QT_TRANSLATE_NOOP("trato::Metadata", "Other")}};
    for (const auto &[key, label] : methods)
        m_method->addItem(QCoreApplication::translate("trato::Metadata", label), QString::fromLatin1(key));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_error = errorLabel(this, "paymentError");
    auto *form = new QFormLayout;
    if (info)
        form->addRow(tr("Balance due:"), new QLabel(QStringLiteral("%1 %2").arg(QLocale().toString(double(info.value().balanceDue) / 100.0, 'f', 2),
                                                                                info.value().currency),
                                                    this));
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("Reference:"), m_reference);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record payment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void PaymentDialog::accept()
{
    qint64 cents = 0;
    QString why;
    if (!Value::parseMoney(m_amount->text(), QLocale(), &cents, &why)) {
        m_error->setText(tr("Amount: %1").arg(why));
        return;
    }
    auto id = SalesDocuments(m_db).pay(m_invoice, cents, m_date->date(), m_method->currentData().toString(), m_reference->text().trimmed());
    if (!id) {
        m_error->setText(id.error().message);
        return;
    }
    m_payment = id.value();
    QDialog::accept();
}

// ---- Credit note ----

CreditNoteDialog::CreditNoteDialog(Database &db, const QString &invoice, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_invoice(invoice)
{
    setObjectName(QStringLiteral("creditNoteDialog"));
    auto info = SalesDocuments(db).load(QStringLiteral("invoice"), invoice);
    if (info)
        m_info = info.value();
    setWindowTitle(tr("Credit note for %1").arg(m_info.number));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("creditReason"));
    m_restock = new QCheckBox(tr("Return the credited products to stock"), this);
    m_restock->setObjectName(QStringLiteral("creditRestock"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("creditLines"));
    m_table->setHorizontalHeaderLabels({tr("Credit"), tr("Line"), tr("Description"), tr("Invoiced"), tr("Quantity to credit")});
    m_table->verticalHeader()->hide();
    for (const SalesLineInfo &l : std::as_const(m_info.lines)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        check->setCheckState(Qt::Checked);
        m_table->setItem(row, 0, check);
        for (int c = 1; c <= 4; ++c) {
            const QString text = c == 1 ? QString::number(l.position) : c == 2 ? l.description.section(QLatin1Char('\n'), 0, 0) : milli(l.quantity);
            auto *item = new QTableWidgetItem(text);
            if (c != 4)
                item->setFlags(Qt::ItemIsEnabled);
            if (c != 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_error = errorLabel(this, "creditError");
    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(QString(), m_restock);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue credit note"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Lines and quantities to credit (an issued credit note cannot be changed):"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 380);
}

void CreditNoteDialog::accept()
{
    CreditNoteRequest r;
    r.invoice = m_invoice;
    r.reason = m_reason->text().trimmed();
    r.restock = m_restock->isChecked();
    if (r.reason.isEmpty()) {
        m_error->setText(tr("Give the reason for the credit note."));
        return;
    }
    bool all = true;
    for (int row = 0; row < m_table->rowCount() && row < m_info.lines.size(); ++row) {
        const SalesLineInfo &l = m_info.lines.at(row);
        if (m_table->item(row, 0)->checkState() != Qt::Checked) {
            all = false;
            continue;
        }
        auto q = parseQuantity(m_table->item(row, 4)->text().trimmed());
        if (!q) {
            m_error->setText(tr("Line %1: %2").arg(l.position).arg(q.error().message));
            return;
        }
        if (q.value() != l.quantity)
            all = false;
        r.quantities.insert(l.position, q.value());
    }
    if (r.quantities.isEmpty()) {
        m_error->setText(tr("Choose at least one line to credit."));
        return;
    }
    if (all)
        r.quantities.clear();
    auto id = SalesDocuments(m_db).creditNote(r);
    if (!id) {
        m_error->setText(id.error().message);
        return;
    }
    m_creditNote = id.value();
    QDialog::accept();
}

void registerDocumentActions()
{
    for (const QString &entity : SalesDocs::documentEntities())
        RecordViewExtensions::add(entity, RecordViewExtensions::Place::Action,
                                  [entity](Database &db) { return new DocumentActions(db, entity); });
}

void startOverdueRefresh(Database &db, QObject *owner)
{
    auto refresh = [&db, owner] {
        runInBackground(
            db, owner, [](Database &d) { return SalesDocuments(d).refreshOverdue(); }, [](const Result<int> &) {});
    };
    refresh();
    auto *daily = new QTimer(owner);
    daily->setInterval(24 * 60 * 60 * 1000);
    QObject::connect(daily, &QTimer::timeout, owner, refresh);
    daily->start();
}

} // namespace trato
