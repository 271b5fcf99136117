# Writes the sector templates (public/templates/<id>.<tr|en>.json and index.json) from the tables below:
# Patika map files, every pain point, frequency and exit marked "assumed". Run: python3 scripts/make_templates.py
import json, os
OUT=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'public', 'templates')
# (id, tr, en, kind)
CH = {
 'search': ('Google arama', 'Search engine', 'digital'),
 'ads': ('Reklam ve TV', 'Ads and TV', 'media'),
 'social': ('Sosyal medya', 'Social media', 'media'),
 'reviews': ('Yorum siteleri', 'Review sites', 'digital'),
 'web': ('Web sitesi', 'Web site', 'digital'),
 'app': ('Mobil uygulama', 'Mobile app', 'digital'),
 'chat': ('Canlı destek / sohbet robotu', 'Live chat / chatbot', 'digital'),
 'call': ('Çağrı merkezi', 'Call centre', 'human'),
 'email': ('E-posta', 'E-mail', 'digital'),
 'sms': ('SMS', 'SMS', 'digital'),
 'whatsapp': ('WhatsApp', 'WhatsApp', 'digital'),
 'cargo': ('Kargo', 'Delivery', 'physical'),
 'branch': ('Şube', 'Branch', 'physical'),
 'store': ('Mağaza', 'Store', 'physical'),
 'technician': ('Teknik servis', 'Field technician', 'human'),
 'invoice': ('Fatura', 'Invoice', 'physical'),
 'clinic': ('Klinik / hastane', 'Clinic / hospital', 'physical'),
 'doctor': ('Doktor', 'Doctor', 'human'),
 'sales': ('Satış temsilcisi', 'Sales representative', 'human'),
 'product': ('Ürün içi', 'In the product', 'digital'),
 'referral': ('Tavsiye (tanıdık)', 'Word of mouth', 'human'),
}
STAGES = [('need', 'Sorun', 'Problem'), ('discovery', 'Keşif', 'Discovery'),
          ('decision', 'Satın alma kararı', 'Purchase decision'), ('after', 'Satın alma sonrası', 'After purchase')]
def tp(stage, ch, tr, en, emo, pains=(), exit=None, exp=None):
    return dict(stage=stage, ch=ch, tr=tr, en=en, emo=emo, pains=pains, exit=exit, exp=exp)
T = []
T.append(dict(id='ecommerce', tr='E-ticaret: ilk sipariş', en='E-commerce: a first order',
  str='Bir çevrimiçi mağazadan ilk kez alışveriş yapan müşterinin yolculuğu: aramadan teslimat ve iadeye.',
  sen='A customer buying from an online shop for the first time: from search to delivery and returns.',
  ptr='Yeni müşteri', pen='A first-time customer', stages=STAGES, tps=[
  tp('need','ads','TV reklamı ya da sosyal medya gönderisi görür','Sees a TV spot or a social post',0),
  tp('need','search','Google\'da ürünü arar','Searches for the product',0,[('Arama sonuçlarında reklamlar öne çıkıyor','Ads crowd the search results',2,30)]),
  tp('discovery','reviews','Yorumları ve puanları okur','Reads reviews and ratings',-1,[('Olumsuz yorumlar güveni sarsıyor','Negative reviews shake trust',3,25)]),
  tp('discovery','web','Ürün sayfasını inceler','Studies the product page',1,[('Beden ve ölçü bilgisi eksik','Size information is missing',3,20)]),
  tp('discovery','social','Kampanya ve indirim kodunu arar','Looks for a campaign or discount code',0),
  tp('decision','web','Sepete ekler, ödeme adımına geçer','Adds to the basket, goes to checkout',-2,[('Kargo ücreti son adımda çıkıyor','Delivery cost appears at the last step',4,40)],('cart',0.3)),
  tp('decision','web','Üye olmadan ödeme yapmak ister','Wants to pay without signing up',-1,[('Zorunlu üyelik formu uzun','The forced sign-up form is long',3,25)]),
  tp('decision','email','Sipariş onayı e-postasını alır','Receives the order confirmation e-mail',1),
  tp('after','sms','Kargo takip bağlantısını izler','Follows the delivery tracking link',0,[('Takip bilgisi günlerce güncellenmiyor','Tracking is not updated for days',3,20)]),
  tp('after','cargo','Paketi teslim alır','Receives the parcel',2),
  tp('after','chat','Canlı destekte soru sorar','Asks a question in live chat',-1,[('Sohbet robotu soruyu anlamıyor','The chatbot does not understand the question',3,30)]),
  tp('after','call','Çağrı merkezini arar','Calls the call centre',-2,[('Uzun bekleme süresi','Long waiting time',4,35),('Bilgileri tekrar sorma','Asked for the same details again',3,40)],None,'forced'),
  tp('after','web','İade talebi oluşturur','Starts a return',-1,[('İade süreci uzun','The return process is slow',3,15)],('refund',0.05)),
]))
T.append(dict(id='bank-card', tr='Banka: kredi kartı başvurusu', en='Bank: a credit card application',
  str='Kredi kartına başvuran bir müşterinin yolculuğu: ihtiyaçtan kartın ilk kullanımına ve ilk ekstreye.',
  sen='A customer applying for a credit card: from the need to the first use and the first statement.',
  ptr='Başvuran müşteri', pen='An applicant', stages=STAGES, tps=[
  tp('need','ads','Kart kampanyası reklamını görür','Sees a card campaign ad',0),
  tp('need','referral','Arkadaşından kartın avantajlarını duyar','Hears about the card from a friend',1),
  tp('discovery','search','Kartları ve yıllık ücretleri karşılaştırır','Compares cards and annual fees',-1,[('Yıllık ücret ve faiz bilgisi dağınık','Fees and interest are hard to find',3,35)]),
  tp('discovery','web','Kartın sayfasını okur','Reads the card page',0),
  tp('decision','app','Mobil uygulamadan başvurur','Applies in the mobile app',-1,[('Kimlik doğrulama adımı takılıyor','Identity check gets stuck',4,20)],('other:Başvuruyu yarıda bırakma|Abandons the application',0.25)),
  tp('decision','sms','Başvuru durumu SMS\'ini bekler','Waits for the status SMS',-1,[('Ne zaman sonuçlanacağı belli değil','No idea when a decision comes',3,40)]),
  tp('decision','call','Sonucu sormak için çağrı merkezini arar','Calls to ask about the result',-2,[('Uzun bekleme süresi','Long waiting time',4,30)],None,'forced'),
  tp('decision','sms','Onay mesajını alır','Gets the approval message',2),
  tp('after','cargo','Kartı kuryeden teslim alır','Receives the card by courier',0,[('Teslimat saati bildirilmiyor','No delivery time is given',2,25)]),
  tp('after','app','Kartı uygulamada etkinleştirir','Activates the card in the app',1),
  tp('after','store','Kartı ilk alışverişte kullanır','Uses the card for the first time',1,[('Temassız ödeme limiti düşük','Contactless limit is low',2,15)]),
  tp('after','email','İlk ekstreyi inceler','Reads the first statement',-1,[('Ekstredeki ücretler anlaşılmıyor','Charges on the statement are unclear',3,20)]),
  tp('after','branch','İtiraz için şubeye gider','Goes to a branch to dispute a charge',-2,[('Şubede uzun sıra','Long queue at the branch',3,15)],('other:Kartı iptal etme|Cancels the card',0.08)),
]))
T.append(dict(id='telecom', tr='Telekom: ev interneti aboneliği', en='Telecom: a home broadband subscription',
  str='Ev interneti aboneliği alan bir müşterinin yolculuğu: karşılaştırmadan kuruluma, arızaya ve yenilemeye.',
  sen='A customer taking a home broadband subscription: from comparing offers to installation, an outage and renewal.',
  ptr='Evden çalışan abone', pen='A home worker', stages=STAGES, tps=[
  tp('need','search','Adresinde hangi hızların olduğunu arar','Checks which speeds reach the address',0,[('Altyapı sorgusu adresi bulamıyor','The coverage check cannot find the address',3,20)]),
  tp('discovery','web','Tarifeleri ve taahhütleri karşılaştırır','Compares plans and contract terms',-1,[('Taahhüt koşulları küçük puntoda','Contract terms are in small print',3,30)]),
  tp('discovery','reviews','Forumlarda kesinti yorumlarını okur','Reads outage stories in forums',-1),
  tp('decision','call','Satış hattını arayıp abone olur','Calls sales and subscribes',0),
  tp('decision','sms','Kurulum randevusu SMS\'i alır','Gets an installation appointment SMS',1),
  tp('after','technician','Teknisyen modemi kurar','A technician installs the modem',1,[('Teknisyen randevuya geç kalıyor','The technician is late',3,25)]),
  tp('after','invoice','İlk faturayı inceler','Reads the first bill',-1,[('Kurulum ücreti beklenmedik','An unexpected installation fee',3,30)]),
  tp('after','app','İnternet kesilince uygulamaya bakar','Checks the app when the connection drops',-2,[('Kesinti bilgisi yok','No outage information',4,40)]),
  tp('after','chat','Sohbet robotuna sorar','Asks the chatbot',-2,[('Robot teknisyen randevusu veremiyor','The bot cannot book a technician',4,35)]),
  tp('after','call','Destek hattını arar','Calls support',-2,[('Uzun bekleme','Long wait',5,50)],('other:Aboneliği iptal etme|Cancels the subscription',0.08),'forced'),
  tp('after','technician','Arıza için teknisyen gelir','A technician fixes the fault',1),
  tp('after','email','Taahhüt yenileme teklifini alır','Receives the renewal offer',-1,[('Yeni müşteriye daha iyi fiyat','New customers get a better price',4,30)],('upgrade',0.2)),
]))
T.append(dict(id='saas', tr='Abonelik yazılımı: denemeden ücretli plana', en='Subscription software: from trial to paid plan',
  str='Bir ekibin yazılımı deneyip ücretli plana geçtiği yolculuk: ihtiyaçtan ilk faturaya ve yenilemeye.',
  sen='A team trying a software product and moving to a paid plan: from the need to the first invoice and renewal.',
  ptr='Ekip lideri', pen='A team lead', stages=STAGES, tps=[
  tp('need','referral','Meslektaşından aracı duyar','Hears about the tool from a peer',1),
  tp('need','search','"En iyi proje aracı" diye arar','Searches for the best tool',0),
  tp('discovery','web','Fiyat sayfasını okur','Reads the pricing page',-1,[('Planlar arasındaki fark anlaşılmıyor','The difference between plans is unclear',3,35)]),
  tp('discovery','reviews','Karşılaştırma yazılarını okur','Reads comparison articles',0),
  tp('decision','web','Ücretsiz denemeye kaydolur','Signs up for the free trial',0,[('Deneme için kredi kartı isteniyor','A card is required for the trial',3,30)],('other:Kayıt olmadan ayrılma|Leaves without signing up',0.3)),
  tp('decision','product','Ürün içi tanıtım turunu izler','Follows the in-product tour',-1,[('İlk kurulum karmaşık','First setup is confusing',4,40)]),
  tp('decision','email','Deneme bitiyor e-postalarını alır','Gets trial-ending e-mails',-1,[('E-postalar çok sık','Too many e-mails',2,30)]),
  tp('decision','sales','Satış temsilcisiyle görüşür','Talks to a sales representative',1),
  tp('decision','web','Ücretli plana geçer','Upgrades to a paid plan',1,[('Fatura bilgisi formu uzun','The billing form is long',2,15)],('other:Ücretli plana geçmeme|Does not convert',0.6)),
  tp('after','email','İlk faturayı alır','Receives the first invoice',0,[('Türkçe e-fatura yok','No local e-invoice',3,20)]),
  tp('after','product','Ekibi davet eder ve kullanır','Invites the team and uses it',2),
  tp('after','chat','Destek sohbetinden yardım ister','Asks support in chat',-1,[('Yanıt ertesi gün geliyor','The answer comes the next day',3,25)]),
  tp('after','email','Yıllık yenileme hatırlatmasını alır','Gets the annual renewal reminder',-1,[('Fiyat artışı önceden bildirilmiyor','A price rise is not announced',4,20)],('other:Aboneliği yenilememe|Does not renew',0.12)),
]))
T.append(dict(id='clinic', tr='Klinik: randevu ve muayene', en='Clinic: an appointment and a visit',
  str='Bir hastanın klinikten randevu alıp muayene olduğu yolculuk: şikâyetten tahlil sonuçlarına ve kontrole.',
  sen='A patient booking and attending a clinic appointment: from the symptom to the test results and the follow-up.',
  ptr='Çalışan hasta', pen='A working patient', stages=[('need','İhtiyaç','Need'),('discovery','Arayış','Search'),('decision','Randevu','Appointment'),('after','Muayene ve sonrası','Visit and after')], tps=[
  tp('need','search','Şikâyetini internette araştırır','Looks up the symptom online',-1),
  tp('discovery','search','Yakındaki klinikleri ve doktorları arar','Searches for nearby clinics and doctors',0),
  tp('discovery','reviews','Doktor yorumlarını okur','Reads doctor reviews',0,[('Yorumlar güncel değil','Reviews are out of date',2,25)]),
  tp('decision','web','Çevrimiçi randevu almaya çalışır','Tries to book online',-1,[('Uygun saat yok','No free slot',3,40)]),
  tp('decision','call','Randevu için çağrı merkezini arar','Calls to book',-2,[('Hat sürekli meşgul','The line is always busy',4,35)],('other:Başka kliniğe gitme|Goes to another clinic',0.15),'forced'),
  tp('decision','sms','Randevu hatırlatma SMS\'i alır','Gets a reminder SMS',1),
  tp('after','clinic','Otoparkı ve girişi bulur','Finds the parking and the entrance',-1,[('Yönlendirme tabelaları yetersiz','Signs are poor',2,30)]),
  tp('after','clinic','Kayıt bankosunda sıra bekler','Queues at the registration desk',-2,[('Randevuya rağmen uzun bekleme','A long wait despite the appointment',4,45)]),
  tp('after','doctor','Doktorla görüşür','Sees the doctor',1,[('Muayene çok kısa','The consultation is too short',3,25)]),
  tp('after','clinic','Tahlil için laboratuvara gider','Goes to the lab for tests',0),
  tp('after','app','Sonuçları uygulamadan görür','Sees the results in the app',0,[('Sonuçların açıklaması yok','Results come without explanation',3,35)]),
  tp('after','whatsapp','Kontrol randevusu için mesaj yazar','Messages to book a follow-up',1),
  tp('after','invoice','Faturayı ve sigorta payını öder','Pays the bill and the co-payment',-1,[('Sigorta kapsamı önceden belli değil','Insurance cover is unclear beforehand',3,30)]),
]))
def build(t, lang):
    tr = lang=='tr'
    L = (lambda a,b: a if tr else b)
    used = []
    for x in t['tps']:
        if x['ch'] not in used: used.append(x['ch'])
    channels = [dict(id=c, name=L(CH[c][0],CH[c][1]), kind=CH[c][2]) for c in used]
    tps = []
    count = {}
    for i,x in enumerate(t['tps']):
        tid = f"tp-{i+1}"
        pains = []
        for j,(ptr,pen,sev,per) in enumerate(x['pains']):
            pains.append(dict(id=f"{tid}-pain-{j+1}", text=L(ptr,pen), severity=sev,
                frequency=dict(type='perHundred', value=float(per)), evidence='assumed'))
        d = dict(id=tid, stage=x['stage'], channel=x['ch'], name=L(x['tr'],x['en']), description='',
                 customerAction='', thoughts='', expectation='', experience='',
                 emotions={'persona-1': x['emo']}, painPoints=pains)
        if x['exit']:
            code, rate = x['exit']
            if code=='cart': reason={'type':'cartAbandoned'}
            elif code=='refund': reason={'type':'refund'}
            elif code=='upgrade': reason={'type':'upgradeRefused'}
            else:
                a,b = code[6:].split('|'); reason={'type':'other','text':L(a,b)}
            d['exitPoint']=dict(reason=reason, rate=rate)
        if x['exp']=='forced':
            d['forcedSwitch']=dict(note=L('Önceki kanal sorunu çözemiyor, müşteri buraya yönlendiriliyor','The previous channel cannot solve it and sends the customer here'))
        d.update(metrics=[], owner='', systems=[], opportunities=[], evidence='assumed')
        tps.append(d)
    m = dict(id=f"template-{t['id']}", title=L(t['tr'],t['en']), description=L(t['str'],t['sen']) + L(' Şablon: acı noktaları, sıklıkları ve çıkışlar varsayımdır; kendi verinizle değiştirin.', ' Template: pain points, their frequencies and exits are assumptions; replace them with your own data.'),
        language=lang, state='draft', emotionScale=dict(min=-2,max=2,labels=[]),
        personas=[dict(id='persona-1', name=L(t['ptr'],t['pen']), description='', goals='', expectations='', frustrations='', quote='')],
        stages=[dict(id=s[0], name=L(s[1],s[2]), description='') for s in t['stages']],
        channels=channels, touchpoints=tps, actions=[], created='2026-12-02T00:00:00Z', updated='2026-12-02T00:00:00Z')
    return dict(format='patika.journey-map', formatVersion=2, app=dict(name='patika', version='0.1.0'), map=m)
index = []
for t in T:
    for lang in ['tr','en']:
        with open(os.path.join(OUT, f"{t['id']}.{lang}.json"),'w') as f:
            json.dump(build(t,lang), f, ensure_ascii=False, indent=2); f.write('\n')
    index.append(dict(id=t['id'], title=dict(tr=t['tr'], en=t['en']), summary=dict(tr=t['str'], en=t['sen']), touchpoints=len(t['tps'])))
with open(os.path.join(OUT,'index.json'),'w') as f:
    json.dump(dict(templates=index), f, ensure_ascii=False, indent=2); f.write('\n')
print('ok', [len(t['tps']) for t in T])
