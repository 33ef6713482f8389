/* Launch Contest embed loader: sizes chart iframes from their height messages (own origin only). */
(function(w,d){if(w.__lcEmbed)return;w.__lcEmbed=1;var s=d.currentScript,o=s&&new URL(s.src,location.href).origin;
w.addEventListener('message',function(e){var m=e.data,h=m&&+m.height,f=d.querySelectorAll('iframe[data-launch-contest-embed]'),i;
if(!o||e.origin!==o||!m||m.type!=='launch-contest:height'||!(h>0&&h<2e4))return;
for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(h)+'px'})})(window,document);
